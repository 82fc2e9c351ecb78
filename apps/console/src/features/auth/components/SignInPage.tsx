import { Alert, Card, SignInForm, useAuth, usePageTitle } from '@fourmi/ui';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { useSignIn } from '../hooks/useSession';

export function SignInPage() {
  const t = useT();
  const { signIn, loading, error, wrongRole } = useSignIn();
  // A session the server ended because the account was suspended is said here, with the admin's reason.
  const { ended } = useAuth();
  usePageTitle(t('auth.signInTitle'), t('app.name'));
  return (
    <div className="narrow stack">
      <h1>{t('auth.signInTitle')}</h1>
      <p className="muted">{t('auth.signInIntro')}</p>
      <Card>
        {wrongRole && <Alert tone="error">{t('auth.notARequester')}</Alert>}
        <SignInForm onSubmit={signIn} busy={loading} error={error} sessionEnd={ended} />
      </Card>
      <p className="small">
        <strong>{t('auth.forgot')}</strong> {t('auth.forgotHow')}
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/sign-up">{t('auth.toSignUp')}</Link>
      </p>
    </div>
  );
}
