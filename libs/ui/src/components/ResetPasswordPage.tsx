import { useNavigate, useSearchParams } from 'react-router';
import { usePasswordReset } from '../api/usePasswordReset';
import { usePageTitle } from '../hooks/hooks';
import { useUiT } from '../i18n/messages';
import { Card } from './Card';
import { ResetPasswordForm } from './ResetPasswordForm';

export interface ResetPasswordPageProps {
  /** The app's `resetPassword` mutation. */
  document: Parameters<typeof usePasswordReset>[0];
  /** For the tab's title. */
  appName: string;
}

/**
 * A password reset link's page (`/reset-password?ticket=…`, made by an admin and passed on by support),
 * the same in both apps: the new password sets, signs the person in, and takes them to the app's home.
 */
export function ResetPasswordPage({ document, appName }: ResetPasswordPageProps) {
  const t = useUiT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { reset, loading, error } = usePasswordReset(document);
  usePageTitle(t('ui.reset.title'), appName);
  const submit = async (ticket: string, newPassword: string) => {
    if (await reset(ticket, newPassword)) void navigate('/', { replace: true });
  };
  return (
    <div className="narrow stack">
      <h1>{t('ui.reset.title')}</h1>
      <Card>
        <ResetPasswordForm ticket={params.get('ticket')} onSubmit={submit} busy={loading} error={error} signInPath="/sign-in" />
      </Card>
    </div>
  );
}
