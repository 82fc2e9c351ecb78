import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { CliError } from '../errors';
import { formatCents, parseCents } from '../money';

const CREATE_TOP_UP = `mutation($amountCents: Int!) { createTopUp(amountCents: $amountCents) { id amountCents currency status checkoutUrl } }`;

interface TopUp {
  id: string;
  amountCents: number;
  currency: string;
  status: string;
  checkoutUrl: string | null;
}

export const topUp: Command = {
  name: 'top-up',
  summary: 'add money to your balance (prints the Stripe Checkout link to pay)',
  help: `usage: fourmi top-up AMOUNT [--api URL]

Adds AMOUNT (currency units: 50 or 12.50) to your balance. With Stripe, prints the Checkout link to
pay at on standard output (open it in a browser); your balance is credited once Stripe confirms the
payment. On a sandbox API (no real money), the balance is credited at once.

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['AMOUNT']);
    const amountCents = parseCents(positionals[0], 'AMOUNT');
    const api = await signedInApi(ctx, values.api);
    let created: TopUp;
    try {
      created = (await api.gql<{ createTopUp: TopUp }>(CREATE_TOP_UP, { amountCents })).createTopUp;
    } catch (error) {
      // The API names its argument; the person typed AMOUNT.
      if (error instanceof CliError) throw new CliError(error.message.replace(/^amountCents: /, 'AMOUNT: '), error.details, error.code);
      throw error;
    }
    const amount = `${formatCents(created.amountCents)} ${created.currency}`;
    if (created.checkoutUrl) {
      ctx.stdout.write(`${created.checkoutUrl}\n`);
      ctx.stderr.write(`Pay ${amount} at the link above; your balance is credited once Stripe confirms the payment (see \`fourmi balance\`)\n`);
    } else {
      ctx.stderr.write(`Added ${amount} to your balance (${created.status === 'PAID' ? 'sandbox: no real money' : created.status.toLowerCase()})\n`);
    }
  },
};
