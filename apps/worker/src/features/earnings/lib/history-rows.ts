/** A money line as the earnings history reads it (one ledger entry on one of the worker's accounts). */
export interface MoneyLine {
  id: string;
  transactionId: string;
  account: string;
  amountCents: number;
}

/**
 * A row of the history: a line on its own (money in or out), or the two lines of a transaction that
 * moved money between two of the worker's own accounts (a payout requested: Available → On the way;
 * a hold ended: Pending → Available). A move neither adds nor takes: shown as one row and no sign, it
 * no longer reads as "+€5.50 On the way" beside "−€5.50 Available".
 */
export type HistoryRow<L extends MoneyLine> = { kind: 'line'; line: L } | { kind: 'move'; line: L; from: string; to: string; amountCents: number };

/**
 * The rows of a page of lines, newest first; a move's two lines sit side by side (one transaction).
 * myEarningsHistory never ends a page inside a transaction, so a move is never split across two pages.
 */
export function historyRows<L extends MoneyLine>(lines: readonly L[]): HistoryRow<L>[] {
  const rows: HistoryRow<L>[] = [];
  for (const line of lines) {
    const last = rows[rows.length - 1];
    if (last?.kind === 'line' && last.line.transactionId === line.transactionId && last.line.amountCents === -line.amountCents && line.amountCents !== 0) {
      const [out, into] = line.amountCents < 0 ? [line, last.line] : [last.line, line];
      rows[rows.length - 1] = { kind: 'move', line: last.line, from: out.account, to: into.account, amountCents: into.amountCents };
    } else rows.push({ kind: 'line', line });
  }
  return rows;
}
