import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { UsageError } from '../errors';

const SETTLE = `mutation($id: ID!, $answer: JSON, $note: String!) { settleGoldContest(contestId: $id, correctedAnswer: $answer, note: $note) { id status goldAnswer } }`;

export const settleGold: Command = {
  name: 'settle-gold',
  summary: 'keep or correct a contested gold answer',
  help: `usage: fourmi settle-gold CONTEST_ID (--keep | --answer JSON) --note TEXT [--api URL]

Settles a worker's contest of a gold answer (ids from \`fourmi gold PROJECT_ID\`), for good.

  --keep          the gold answer stays as it is
  --answer JSON   the corrected right answer, e.g. '{"label":"neutral"}': every answer to the item
                  is scored again and the skills of the workers who answered it are rebuilt
  --note TEXT     why (3 to 1,000 characters), kept with the decision
${apiHelp(18)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, keep: { type: 'boolean' }, answer: { type: 'string' }, note: { type: 'string' } }, ['CONTEST_ID']);
    if (Boolean(values.keep) === (values.answer !== undefined)) throw new UsageError('give either --keep or --answer JSON');
    const note = values.note?.trim();
    if (!note) throw new UsageError('missing --note (why you keep or correct the gold answer)');
    const answer = values.answer === undefined ? null : parseAnswer(values.answer);
    const api = await signedInApi(ctx, values.api);
    const { settleGoldContest } = await api.gql<{ settleGoldContest: { id: string; status: string; goldAnswer: unknown } }>(SETTLE, { id: positionals[0], answer, note });
    const outcome = settleGoldContest.status === 'CORRECTED' ? `corrected to ${JSON.stringify(settleGoldContest.goldAnswer)}; its answers are scored again` : 'kept as it is';
    ctx.stderr.write(`Contest ${settleGoldContest.id} settled: the gold answer is ${outcome}\n`);
  },
};

function parseAnswer(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`--answer must be the answer as JSON, e.g. '{"label":"neutral"}', not ${text}`);
  }
}
