import { Card, ChangePasswordForm } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useChangePassword } from '../hooks/useAccount';

/** The user's password, changed from their account page; their other sessions end. */
export function PasswordCard({ email }: { email?: string }) {
  const t = useT();
  const { change, loading, error } = useChangePassword();
  return (
    <Card title={t('account.password')}>
      <ChangePasswordForm onSubmit={change} busy={loading} error={error} username={email} />
    </Card>
  );
}
