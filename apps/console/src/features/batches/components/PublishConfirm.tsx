import { Button, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useBalance } from '../../billing/hooks/useBalance';
import { publishReserve } from '../lib/publish-reserve';

export interface PublishConfirmProps {
  /** What the API will reserve on publishing (`Batch.reserveCents`), in the project's currency. */
  reserveCents: number;
  currency: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** The second step of publishing: the money it reserves, next to the balance it comes from. */
export function PublishConfirm({ reserveCents, currency, busy, onConfirm, onCancel }: PublishConfirmProps) {
  const t = useT();
  const { locale } = useLocale();
  const { data } = useBalance();
  const { reserve, available, shortBy } = publishReserve(reserveCents, currency, data?.myBalance, locale);
  return (
    <div className="stack">
      <p className="small" role="status">
        {t('batches.publishReserve', { amount: reserve })}
        {available !== null && <> {t('batches.publishAvailable', { amount: available })}</>}
        {shortBy !== null && <> {t('batches.publishShort', { amount: shortBy })}</>}
      </p>
      <div className="row">
        <Button busy={busy} onClick={onConfirm}>
          {t('batches.confirmPublish')}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          {t('form.cancel')}
        </Button>
      </div>
    </div>
  );
}
