import { Card, ErrorAlert, formatMoney, Spinner, useLocale } from '@fourmi/ui';
import { EARNINGS_CURRENCY } from '../../../app/config';
import { useT } from '../../../i18n';
import { useWorkerEarnings } from '../hooks/useWorkerEarnings';

export function EarningsWidget() {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, refetch } = useWorkerEarnings();
  const summary = data?.workerSummary;
  return (
    <Card title={t('earnings.title')} className="earnings">
      {!summary && loading && <Spinner />}
      {!summary && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {summary && data?.paymentsMode === 'SANDBOX' && <p className="badge badge-sandbox">{t('earnings.sandbox')}</p>}
      {summary && (
        <dl className="stats">
          <div>
            <dt>{t('earnings.earned')}</dt>
            <dd>{formatMoney(summary.earnedCents, EARNINGS_CURRENCY, locale)}</dd>
          </div>
          <div>
            <dt>{t('earnings.submitted')}</dt>
            <dd>{summary.submitted}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
