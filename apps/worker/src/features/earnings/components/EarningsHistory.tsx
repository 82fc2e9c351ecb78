import type { WorkerEarningsHistoryQuery } from '@fourmi/api-client';
import { formatDateTime, formatMoney, useLedgerMemoText, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { historyRows } from '../lib/history-rows';
import { isKnownLineKind } from '../lib/payout-form';

const WORKER_ACCOUNTS = ['WORKER_PENDING', 'WORKER_AVAILABLE', 'PAYOUTS_IN_FLIGHT'] as const;

export interface EarningsHistoryProps {
  lines: WorkerEarningsHistoryQuery['myEarningsHistory']['lines'];
  currency: string;
}

type Line = EarningsHistoryProps['lines'][number];

/**
 * What a line is. A memo written with its key says it whole in the worker's language ("Bonus: Thanks",
 * "Payout requested"), so it stands alone: beside the kind it read "Bonus — Bonus: Thanks". An older
 * line's English memo keeps its kind in the worker's language in front.
 */
function LineWhat({ line, kindText, memoText }: { line: Line; kindText: string; memoText(line: Line): string }) {
  if (!line.memo) return <>{kindText}</>;
  if (line.memoKey) return <>{memoText(line)}</>;
  return (
    <>
      {kindText}
      <span className="muted small"> — {memoText(line)}</span>
    </>
  );
}

/** A page of money lines of a worker's accounts, each said in the worker's language. */
export function EarningsHistory({ lines, currency }: EarningsHistoryProps) {
  const t = useT();
  const { locale } = useLocale();
  const memoText = useLedgerMemoText();
  const accountName = (account: string) =>
    (WORKER_ACCOUNTS as readonly string[]).includes(account) ? t(`account.${account as (typeof WORKER_ACCOUNTS)[number]}`) : t('account.other');
  return lines.length === 0 ? (
    <p className="muted">{t('history.empty')}</p>
  ) : (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.col.date')}</th>
            <th scope="col">{t('history.col.what')}</th>
            <th scope="col">{t('history.col.account')}</th>
            <th scope="col" className="num">{t('history.col.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {historyRows(lines).map((row) => (
            <tr key={row.line.id}>
              <td>{formatDateTime(row.line.createdAt, locale)}</td>
              <td>
                <LineWhat line={row.line} kindText={isKnownLineKind(row.line.kind) ? t(`lineKind.${row.line.kind}`) : row.line.kind} memoText={memoText} />
              </td>
              {row.kind === 'move' ? (
                <>
                  <td>{t('history.move', { from: accountName(row.from), to: accountName(row.to) })}</td>
                  <td className="num">{formatMoney(row.amountCents, currency, locale)}</td>
                </>
              ) : (
                <>
                  <td>{accountName(row.line.account)}</td>
                  <td className="num">
                    {row.line.amountCents > 0 ? '+' : ''}
                    {formatMoney(row.line.amountCents, currency, locale)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
