import { Alert, Button, Card, ErrorAlert, formatDateTime, formatMoney, formatNumber, Spinner, useLocale } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useLedgerAudit } from '../hooks/useLedgerAudit';
import { payoutStatusKey } from '../lib/payout-status';

/** The money's invariants checked on demand (a full read of the ledger), and the latest payouts. */
export function LedgerAuditCard() {
  const t = useT();
  const { locale } = useLocale();
  const [asked, setAsked] = useState(false);
  const { data, error, loading, refetch } = useLedgerAudit(asked);
  const audit = asked ? data?.ledgerAudit : undefined;
  const run = () => (asked ? void refetch() : setAsked(true));

  return (
    <Card title={t('ledger.title')}>
      <p className="muted small">{t('ledger.intro')}</p>
      <div className="row">
        <Button variant="secondary" busy={asked && loading} onClick={run}>
          {audit ? t('ledger.runAgain') : t('ledger.run')}
        </Button>
      </div>
      {asked && !audit && loading && <Spinner />}
      {asked && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {audit && audit.problems.length === 0 && (
        <Alert tone="success">
          {t('ledger.sound', { transactions: formatNumber(locale, audit.transactions), accounts: formatNumber(locale, audit.accounts), at: formatDateTime(audit.checkedAt, locale) })}
        </Alert>
      )}
      {audit && audit.problems.length > 0 && (
        <Alert tone="error" title={t('ledger.broken', { count: audit.problems.length, at: formatDateTime(audit.checkedAt, locale) })}>
          <ul>
            {audit.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      )}
      {audit && (
        <>
          <h3>{t('ledger.payouts')}</h3>
          {audit.payouts.length === 0 ? (
            <p className="muted">{t('ledger.noPayouts')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('ledger.col.worker')}</th>
                    <th scope="col" className="num">{t('ledger.col.amount')}</th>
                    <th scope="col">{t('ledger.col.status')}</th>
                    <th scope="col">{t('ledger.col.when')}</th>
                  </tr>
                </thead>
                <tbody>
                  {audit.payouts.map((p) => {
                    const status = payoutStatusKey(p.status);
                    return (
                      <tr key={p.id}>
                        <th scope="row">
                          {p.workerName} <span className="muted small">{p.workerEmail}</span>
                        </th>
                        <td className="num">{formatMoney(p.amountCents, p.currency, locale)}</td>
                        <td>
                          {status ? t(status) : p.status}
                          {p.failureReason && <span className="muted small"> · {p.failureReason}</span>}
                        </td>
                        <td>{formatDateTime(p.createdAt, locale)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
