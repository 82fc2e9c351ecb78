import type { Api } from '../api';
import { parseCommand, parseInteger } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { formatCents } from '../money';
import { table, utcMinute } from '../table';

const MY_BALANCE = `query { myBalance { availableCents escrowCents currency paymentsMode platformFeePercent } }`;
const HISTORY = `query($before: ID, $limit: Int!) { myBalanceHistory(before: $before, limit: $limit) { lines { createdAt kind account amountCents memo } nextBefore } }`;

/** The most lines one history page holds (the API's limit). */
const PAGE = 100;

interface Balance {
  availableCents: number;
  escrowCents: number;
  currency: string;
  paymentsMode: string;
  platformFeePercent: number;
}

interface HistoryLine {
  createdAt: string;
  kind: string;
  account: string;
  amountCents: number;
  memo: string;
}

interface HistoryPage {
  lines: HistoryLine[];
  nextBefore: string | null;
}

/** Where a line moved money: the balance itself, or a batch's escrow (answers paid, fees, what came back). */
const ACCOUNTS: Record<string, string> = { REQUESTER_BALANCE: 'balance', BATCH_ESCROW: 'escrow' };

export const balance: Command = {
  name: 'balance',
  summary: 'show your balance: available and reserved by published batches',
  help: `usage: fourmi balance [--history [--limit N]] [--api URL]

Prints what is available to fund batches and what published batches hold in escrow, in your
currency. Publishing a batch reserves items × overlap × (reward + platform fee); what a batch does
not use comes back when it ends. Add money with \`fourmi top-up AMOUNT\`.

  --history    also list the latest movements of your balance and of your batches' escrow, newest
               first (a publish shows on both: leaving the balance, entering the escrow)
  --limit N    with --history: how many lines (default 50, at most 10000)
${apiHelp(15)}`,
  async run(args, ctx) {
    const { values } = parseCommand(args, { ...API_OPTION, history: { type: 'boolean' }, limit: { type: 'string' } });
    const limit = values.limit === undefined ? 50 : parseInteger(values.limit, 'limit', { min: 1, max: 10_000 });
    const api = await signedInApi(ctx, values.api);
    const { myBalance: b } = await api.gql<{ myBalance: Balance }>(MY_BALANCE);
    const money = (cents: number) => `${formatCents(cents)} ${b.currency}`;
    const [available, escrow] = [money(b.availableCents), money(b.escrowCents)];
    const width = Math.max(available.length, escrow.length);
    ctx.stdout.write(`Available  ${available.padStart(width)}\nIn escrow  ${escrow.padStart(width)}\n`);
    if (values.history) {
      const lines = (await historyLines(api, limit)).map((line) => [
        `${utcMinute(line.createdAt)} UTC`,
        ACCOUNTS[line.account] ?? line.account,
        line.kind,
        `${line.amountCents > 0 ? '+' : ''}${money(line.amountCents)}`,
        line.memo,
      ]);
      ctx.stdout.write(`\n${table(['DATE', 'ACCOUNT', 'KIND', 'AMOUNT', 'MEMO'], lines, [3])}`);
    }
    const sandbox = b.paymentsMode === 'SANDBOX' ? '; sandbox: no real money moves' : '';
    ctx.stderr.write(`Platform fee: ${b.platformFeePercent}% on top of each reward${sandbox}\n`);
  },
};

/** The latest `limit` lines, page after page, newest first. */
async function historyLines(api: Api, limit: number): Promise<HistoryLine[]> {
  const lines: HistoryLine[] = [];
  for (let before: string | null = null; lines.length < limit; ) {
    const page: HistoryPage = (await api.gql<{ myBalanceHistory: HistoryPage }>(HISTORY, { before, limit: Math.min(PAGE, limit - lines.length) })).myBalanceHistory;
    lines.push(...page.lines);
    if (page.nextBefore === null) break;
    before = page.nextBefore;
  }
  return lines;
}
