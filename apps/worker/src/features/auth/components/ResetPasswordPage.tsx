import { WorkerResetPasswordDocument } from '@fourmi/api-client';
import { ResetPasswordPage as SharedResetPasswordPage } from '@fourmi/ui';
import { useT } from '../../../i18n';

/** A password reset link's page (libs/ui), with this app's mutation. */
export function ResetPasswordPage() {
  const t = useT();
  return <SharedResetPasswordPage document={WorkerResetPasswordDocument} appName={t('app.name')} />;
}
