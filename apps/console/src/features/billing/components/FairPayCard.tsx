import { Card, ErrorAlert, formatMoney, Spinner, useLocale } from '@fourmi/ui';
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
          <p className="muted small">{t('fairPay.hint')}</p>
        </>
      )}
    </Card>
  );
}
