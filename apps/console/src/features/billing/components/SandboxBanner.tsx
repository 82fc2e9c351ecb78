import type { PaymentsMode } from '@fourmi/api-client';
import { useT } from '../../../i18n';

/** Said on every screen that shows money while no real money moves. */
export function SandboxBanner({ mode }: { mode: PaymentsMode | undefined }) {
  const t = useT();
  if (mode !== 'SANDBOX') return null;
  return (
    <p className="badge badge-sandbox" title={t('money.sandboxHint')}>
      {t('money.sandbox')}
    </p>
  );
}
