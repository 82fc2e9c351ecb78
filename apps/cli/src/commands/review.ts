import type { Api } from '../api';
import { parseCommand, parseInteger } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { table, utcMinute } from '../table';

const TO_REVIEW = `query($projectId: ID!, $batchId: ID, $after: ID, $limit: Int!) {
  answersToReview(projectId: $projectId, batchId: $batchId, after: $after, limit: $limit) { assignmentId taskId batchId workerId answer submittedAt input }
}`;

/** The most answers one page holds (the API's limit). */
const PAGE = 500;
const INPUT_WIDTH = 60;

/** An answer awaiting the requester's decision, with its item. */
export interface AnswerToReview {
  assignmentId: string;
  taskId: string;
  batchId: string;
  workerId: string;
  submittedAt: string;
  answer: unknown;
  input: unknown;
}

export const review: Command = {
  name: 'review',
  summary: 'list submitted answers awaiting your review',
  help: `usage: fourmi review PROJECT_ID [--batch BATCH_ID] [--limit N] [--ids] [--api URL]

Lists the project's submitted answers that are neither accepted nor rejected yet, oldest first:
the assignment id (what \`fourmi accept\` and \`fourmi reject\` take), the item, the worker (a
pseudonym, stable within the project), when it was submitted, the answer and the item's input.

  --batch BATCH_ID   only answers to this batch's items
  --limit N          list at most N answers (default 100, at most 10000)
  --ids              print only the assignment ids, one per line, e.g. for
                     \`fourmi review P --ids | fourmi accept -\`
${apiHelp(21)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, batch: { type: 'string' }, limit: { type: 'string' }, ids: { type: 'boolean' } }, ['PROJECT_ID']);
    const limit = values.limit === undefined ? 100 : parseInteger(values.limit, 'limit', { min: 1, max: 10_000 });
    const api = await signedInApi(ctx, values.api);
    const { answers, more } = await answersToReview(api, positionals[0], limit, values.batch);
    if (values.ids) ctx.stdout.write(answers.map((a) => `${a.assignmentId}\n`).join(''));
    else if (answers.length) ctx.stdout.write(reviewTable(answers));
    const count = `${answers.length.toLocaleString('en')} ${answers.length === 1 ? 'answer' : 'answers'}`;
    ctx.stderr.write(more ? `${count} shown; more await review (--limit to see more)\n` : `${count} awaiting review\n`);
  },
};

/** Reads the answers awaiting review page by page (oldest first) until `limit` are found, and says if more remain. */
export async function answersToReview(api: Api, projectId: string, limit: number, batchId?: string): Promise<{ answers: AnswerToReview[]; more: boolean }> {
  const answers: AnswerToReview[] = [];
  for (;;) {
    // One more than wanted tells whether more remain.
    const want = Math.min(PAGE, limit + 1 - answers.length);
    const after = answers.at(-1)?.assignmentId ?? null;
    const { answersToReview: page } = await api.gql<{ answersToReview: AnswerToReview[] }>(TO_REVIEW, { projectId, batchId: batchId ?? null, after, limit: want });
    answers.push(...page);
    if (answers.length > limit) return { answers: answers.slice(0, limit), more: true };
    if (page.length < want) return { answers, more: false };
  }
}

/** One answer per line; the item's input last, cut to fit a line. */
export function reviewTable(answers: readonly AnswerToReview[]): string {
  return table(
    ['ASSIGNMENT', 'ITEM', 'WORKER', 'SUBMITTED', 'ANSWER', 'INPUT'],
    answers.map((a) => [a.assignmentId, a.taskId, a.workerId, `${utcMinute(a.submittedAt)} UTC`, JSON.stringify(a.answer), cut(JSON.stringify(a.input), INPUT_WIDTH)]),
  );
}

function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
}
