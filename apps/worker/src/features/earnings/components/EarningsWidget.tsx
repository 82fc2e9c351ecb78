import { Link } from 'react-router';
import { Card, ErrorAlert, formatMoney, formatNumber, Spinner, useLocale } from '@fourmi/ui';
import { EARNINGS_CURRENCY } from '../../../app/config';
import { useT } from '../../../i18n';
import { useWorkerEarnings } from '../hooks/useWorkerEarnings';
import { SandboxBanner } from './SandboxBanner';

export function EarningsWidget() {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, refetch } = useWorkerEarnings();
  const summary = data?.workerSummary;
  return (
    <Card title={t('earnings.title')} className="earnings">
      {!summary && loading && <Spinner />}
      {!summary && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {summary && <SandboxBanner mode={data?.paymentsMode} />}
      {summary && (
        <dl className="stats">
          <div>
            <dt>{t('earnings.earned')}</dt>
            <dd>{formatMoney(summary.earnedCents, EARNINGS_CURRENCY, locale)}</dd>
          </div>
          <div>
            <dt>{t('earnings.submitted')}</dt>
            <dd>{formatNumber(locale, summary.submitted)}</dd>
          </div>
        </dl>
      )}
      {summary && <p className="muted small">{t('earnings.earnedHint')}</p>}
      <p className="small">
        <Link to="/earnings">{t('earningsPage.seeAll')}</Link>
      </p>
    </Card>
  );
}
