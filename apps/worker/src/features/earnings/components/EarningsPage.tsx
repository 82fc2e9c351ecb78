import { Card, ErrorAlert, formatDateTime, formatMoney, Loading, useLocale, usePageTitle } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useMyEarnings } from '../hooks/useEarnings';
import { EarningsHistoryCard } from './EarningsHistoryCard';
import { PayoutCard } from './PayoutCard';
import { SandboxBanner } from './SandboxBanner';

/** Every cent a worker earned: pending, available, on the way, paid; payouts and history; get paid. */
export function EarningsPage() {
  const t = useT();
  const { locale } = useLocale();
  usePageTitle(t('earningsPage.title'), t('app.name'));
  const { data, error, loading, refetch } = useMyEarnings();
  const earnings = data?.myEarnings;

  if (!earnings) {
    return (
      <div className="stack">
        <h1>{t('earningsPage.title')}</h1>
        {loading ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />}
      </div>
    );
  }
  const money = (cents: number) => formatMoney(cents, earnings.currency, locale);
  return (
    <div className="stack">
      <h1>{t('earningsPage.title')}</h1>
      <SandboxBanner mode={earnings.paymentsMode} />
      <ErrorAlert error={error} />
      <Card title={t('earnings.title')} className="earnings">
        <dl className="stats">
          <div>
            <dt>{t('earningsPage.pending')}</dt>
            <dd data-testid="earnings-pending">{money(earnings.pendingCents)}</dd>
          </div>
          <div>
            <dt>{t('earningsPage.available')}</dt>
            <dd data-testid="earnings-available">{money(earnings.availableCents)}</dd>
          </div>
          <div>
            <dt>{t('earningsPage.inFlight')}</dt>
            <dd data-testid="earnings-in-flight">{money(earnings.inFlightCents)}</dd>
          </div>
          <div>
            <dt>{t('earningsPage.paid')}</dt>
            <dd data-testid="earnings-paid">{money(earnings.paidCents)}</dd>
          </div>
        </dl>
        <p className="muted small">{t('earningsPage.pendingHint', { count: earnings.payoutHoldHours })}</p>
      </Card>

      <PayoutCard earnings={earnings} onChanged={() => void refetch()} />

      <Card title={t('payouts.title')}>
        {earnings.payouts.length === 0 ? (
          <p className="muted">{t('payouts.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('payouts.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('payouts.col.date')}</th>
                  <th scope="col" className="num">{t('payouts.col.amount')}</th>
                  <th scope="col">{t('payouts.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {earnings.payouts.map((p) => (
                  <tr key={p.id}>
                    <td>{formatDateTime(p.createdAt, locale)}</td>
                    <td className="num">{formatMoney(p.amountCents, p.currency, locale)}</td>
                    <td>
                      <span className={`badge badge-payout-${p.status}`}>{t(`payoutStatus.${p.status}`)}</span>
                      {p.failureReason && <span className="muted small"> {p.failureReason}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <EarningsHistoryCard
        currency={earnings.currency}
        version={`${earnings.pendingCents} ${earnings.availableCents} ${earnings.inFlightCents} ${earnings.paidCents}`}
      />
    </div>
  );
}
