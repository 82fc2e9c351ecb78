import { Card, ChangePasswordForm } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useChangePassword } from '../hooks/useProfile';

/** The worker's password, changed from the profile; their other sessions end. */
export function PasswordCard({ email }: { email?: string }) {
  const t = useT();
  const { change, loading, error } = useChangePassword();
  return (
    <Card title={t('profile.password')}>
      <ChangePasswordForm onSubmit={change} busy={loading} error={error} username={email} />
    </Card>
  );
}
