import { Card, SignUpForm, usePageTitle } from '@fourmi/ui';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { useSignUp } from '../hooks/useSession';

export function SignUpPage() {
  const t = useT();
  const { signUp, loading, error } = useSignUp();
  usePageTitle(t('auth.signUpTitle'), t('app.name'));
  return (
    <div className="narrow stack">
      <h1>{t('auth.signUpTitle')}</h1>
      <p className="muted">{t('auth.signUpIntro')}</p>
      <Card>
        <SignUpForm onSubmit={signUp} busy={loading} error={error} signInPath="/sign-in" />
      </Card>
      <p>
        {t('auth.haveAccount')} <Link to="/sign-in">{t('auth.toSignIn')}</Link>
      </p>
    </div>
  );
}
