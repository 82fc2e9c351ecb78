import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { formatCents } from '../money';
import { table } from '../table';

const MY_BALANCE = `query { myBalance { availableCents escrowCents currency paymentsMode platformFeePercent history { createdAt kind amountCents memo } } }`;

interface Balance {
  availableCents: number;
  escrowCents: number;
  currency: string;
  paymentsMode: string;
  platformFeePercent: number;
  history: { createdAt: string; kind: string; amountCents: number; memo: string }[];
}

export const balance: Command = {
  name: 'balance',
  summary: 'show your balance: available and reserved by published batches',
  help: `usage: fourmi balance [--history] [--api URL]

Prints what is available to fund batches and what published batches hold in escrow, in your
currency. Publishing a batch reserves items × overlap × (reward + platform fee); what a batch does
not use comes back when it ends. Add money with \`fourmi top-up AMOUNT\`.

  --history    also list the latest 50 movements of your balance, newest first
${apiHelp(15)}`,
  async run(args, ctx) {
    const { values } = parseCommand(args, { ...API_OPTION, history: { type: 'boolean' } });
    const api = await signedInApi(ctx, values.api);
    const { myBalance: b } = await api.gql<{ myBalance: Balance }>(MY_BALANCE);
    const money = (cents: number) => `${formatCents(cents)} ${b.currency}`;
    const [available, escrow] = [money(b.availableCents), money(b.escrowCents)];
    const width = Math.max(available.length, escrow.length);
    ctx.stdout.write(`Available  ${available.padStart(width)}\nIn escrow  ${escrow.padStart(width)}\n`);
    if (values.history) {
      const lines = b.history.map((line) => [`${line.createdAt.slice(0, 16).replace('T', ' ')} UTC`, line.kind, `${line.amountCents > 0 ? '+' : ''}${money(line.amountCents)}`, line.memo]);
      ctx.stdout.write(`\n${table(['DATE', 'KIND', 'AMOUNT', 'MEMO'], lines, [2])}`);
    }
    const sandbox = b.paymentsMode === 'SANDBOX' ? '; sandbox: no real money moves' : '';
    ctx.stderr.write(`Platform fee: ${b.platformFeePercent}% on top of each reward${sandbox}\n`);
  },
};
