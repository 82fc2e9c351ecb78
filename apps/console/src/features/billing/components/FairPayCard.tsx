import { Alert, Card, ErrorAlert, formatMoney, Spinner, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useProjectPay } from '../hooks/useBalance';

/** The project's hourly rate as workers see it (fair pay), next to its reward. */
export function FairPayCard({ projectId }: { projectId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, refetch } = useProjectPay(projectId);
  const pay = data?.project;
  return (
    <Card title={t('fairPay.title')} className="fair-pay">
      {!pay && loading && <Spinner />}
      {!pay && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {pay && (
        <>
          <dl className="stats">
            <div>
              <dt>{t('fairPay.hourly')}</dt>
              <dd>
                {pay.hourlyRateCents === null
                  ? t('fairPay.unknown')
                  : t('fairPay.perHour', { amount: formatMoney(pay.hourlyRateCents, pay.currency, locale) })}
              </dd>
            </div>
            <div>
              <dt>{t('fairPay.reward')}</dt>
              <dd>{formatMoney(pay.rewardCents, pay.currency, locale)}</dd>
            </div>
          </dl>
          {pay.fairPayShortfall && (
            <Alert tone="warning">
              {t(pay.fairPayPolicy === 'TOP_UP' ? 'fairPay.belowTopUp' : 'fairPay.belowWarn', {
                measured: formatMoney(pay.fairPayShortfall.measuredHourlyCents, pay.currency, locale),
                minimum: formatMoney(pay.fairPayShortfall.minimumHourlyCents, pay.currency, locale),
                topUp: formatMoney(pay.fairPayShortfall.topUpCents, pay.currency, locale),
                reward: formatMoney(pay.fairPayShortfall.fairRewardCents, pay.currency, locale),
              })}
            </Alert>
          )}
          <p className="muted small">{t('fairPay.hint')}</p>
        </>
      )}
    </Card>
  );
}
