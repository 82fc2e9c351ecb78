import type { ConsoleBalanceHistoryQuery } from '@fourmi/api-client';
import { formatDateTime, formatMoney, useLedgerMemoText, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';

export type BalanceLine = ConsoleBalanceHistoryQuery['myBalanceHistory']['lines'][number];

export interface BalanceHistoryProps {
  lines: BalanceLine[];
}

/**
 * Money lines as a list rather than a table: on a phone each line stays readable (what, then when and
 * where) with its signed amount beside it, nothing to scroll sideways.
 */
export function BalanceHistory({ lines }: BalanceHistoryProps) {
  const t = useT();
  const { locale } = useLocale();
  const memoText = useLedgerMemoText();
  return (
    <ol className="money-lines">
      {lines.map((line) => (
        <li key={line.id} className="money-line">
          <span className="money-line-what">{memoText(line)}</span>
          <span className={`money-line-amount num ${line.amountCents < 0 ? 'negative' : 'positive'}`}>
            {line.amountCents > 0 ? '+' : ''}
            {formatMoney(line.amountCents, line.currency, locale)}
          </span>
          <span className="money-line-when muted small">
            <time dateTime={String(line.createdAt)}>{formatDateTime(String(line.createdAt), locale)}</time>
            {' · '}
            {line.account === 'BATCH_ESCROW' ? t('history.escrow') : t('history.balance')}
          </span>
        </li>
      ))}
    </ol>
  );
}
