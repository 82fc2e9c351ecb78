import { ConsoleResetPasswordDocument } from '@fourmi/api-client';
import { Card, ResetPasswordForm, usePageTitle, usePasswordReset } from '@fourmi/ui';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../../i18n';

/**
 * A password reset link's page (`/reset-password?ticket=…`, made by an admin and passed on by support):
 * the new password sets, signs the person in, and takes them to the app's home.
 */
export function ResetPasswordPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { reset, loading, error } = usePasswordReset(ConsoleResetPasswordDocument);
  usePageTitle(t('auth.resetTitle'), t('app.name'));
  const submit = async (ticket: string, newPassword: string) => {
    if (await reset(ticket, newPassword)) void navigate('/', { replace: true });
  };
  return (
    <div className="narrow stack">
      <h1>{t('auth.resetTitle')}</h1>
      <Card>
        <ResetPasswordForm ticket={params.get('ticket')} onSubmit={submit} busy={loading} error={error} signInPath="/sign-in" />
      </Card>
    </div>
  );
}
