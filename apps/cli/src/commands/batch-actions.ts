import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { CliError } from '../errors';
import { formatCents } from '../money';

const BATCH = 'id name status reserveCents';
const BALANCE = `query { myBalance { availableCents currency } }`;

/** A command that moves one batch to another status through one mutation of the API. */
function batchAction(spec: { name: string; mutation: string; summary: string; effect: string; done: string }): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    help: `usage: fourmi ${spec.name} BATCH_ID [--api URL]

${spec.effect}

${apiHelp(13)}`,
    async run(args, ctx) {
      const { values, positionals } = parseCommand(args, API_OPTION, ['BATCH_ID']);
      const [batchId] = positionals;
      const api = await signedInApi(ctx, values.api);
      let batch: { id: string; name: string; status: string; reserveCents: number };
      try {
        batch = (await api.gql<Record<string, typeof batch>>(`mutation($id: ID!) { ${spec.mutation}(batchId: $id) { ${BATCH} } }`, { id: batchId }))[spec.mutation];
      } catch (error) {
        throw error instanceof CliError && error.code === 'INSUFFICIENT_FUNDS' ? withTopUpHint(error, batchId) : error;
      }
      ctx.stderr.write(`Batch "${batch.name}" (${batch.id}) ${spec.done} (${batch.status})\n`);
      if (spec.name === 'publish') {
        const { myBalance } = await api.gql<{ myBalance: { availableCents: number; currency: string } }>(BALANCE);
        ctx.stderr.write(`Reserved ${formatCents(batch.reserveCents)} ${myBalance.currency}; ${formatCents(myBalance.availableCents)} ${myBalance.currency} left available\n`);
      }
    },
  };
}

/** A refusal for want of money, with the commands that fix it. */
export function withTopUpHint(error: CliError, batchId: string): CliError {
  return new CliError(error.message, [...error.details, `see your balance with \`fourmi balance\`, add to it with \`fourmi top-up AMOUNT\`, then run \`fourmi publish ${batchId}\``], error.code);
}

export const publish = batchAction({
  name: 'publish',
  mutation: 'publishBatch',
  summary: 'publish a draft batch (reserves its cost from your balance)',
  effect: `Publishes a draft batch: workers start on its items, and the most it can cost (items × overlap ×
(reward + platform fee)) moves from your balance to the batch's escrow. Refused, with the missing
amount, when your balance is short.`,
  done: 'is published',
});

export const pause = batchAction({
  name: 'pause',
  mutation: 'pauseBatch',
  summary: 'stop handing out a batch’s items until resumed',
  effect: `Stops handing out the batch's items to workers; answers already being worked on may still come
in. Its escrow stays reserved. \`fourmi resume BATCH_ID\` starts it again.`,
  done: 'is paused',
});

export const resume = batchAction({
  name: 'resume',
  mutation: 'resumeBatch',
  summary: 'hand out a paused batch’s items again',
  effect: `Hands out the items of a paused batch to workers again.`,
  done: 'is running again',
});

export const complete = batchAction({
  name: 'complete',
  mutation: 'completeBatch',
  summary: 'end a batch with the answers collected so far',
  effect: `Ends the batch now, keeping the answers collected so far, and returns its unused escrow to your
balance. Final: a completed batch cannot be resumed.`,
  done: 'is completed',
});

export const cancel = batchAction({
  name: 'cancel',
  mutation: 'cancelBatch',
  summary: 'end a batch now and return its unused escrow',
  effect: `Cancels the batch: no more of its items are handed out, and its unused escrow returns to your
balance. Final: a cancelled batch cannot be resumed.`,
  done: 'is cancelled',
});
