import { Alert } from '@fourmi/ui';
import { useTaskT } from '../i18n';

export function UnsupportedKind({ kind }: { kind: string }) {
  const t = useTaskT();
  return <Alert tone="warning">{t('task.unsupported', { kind })}</Alert>;
}
