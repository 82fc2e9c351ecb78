import { Alert, Card, SignInForm, usePageTitle } from '@fourmi/ui';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { useSignIn } from '../hooks/useSession';

export function SignInPage() {
  const t = useT();
  const { signIn, loading, error, wrongRole } = useSignIn();
  usePageTitle(t('auth.signInTitle'), t('app.name'));
  return (
    <div className="narrow stack">
      <h1>{t('auth.signInTitle')}</h1>
      <p className="muted">{t('auth.signInIntro')}</p>
      <Card>
        {wrongRole && <Alert tone="error">{t('auth.notARequester')}</Alert>}
        <SignInForm onSubmit={signIn} busy={loading} error={error} />
      </Card>
      <p>
        {t('auth.noAccount')} <Link to="/sign-up">{t('auth.toSignUp')}</Link>
      </p>
    </div>
  );
}
