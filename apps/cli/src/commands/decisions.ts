import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import type { Input } from '../context';
import { CliError, UsageError } from '../errors';
import { readAll } from './login';

const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status } }`;
const REJECT = `mutation($ids: [ID!]!, $reason: String!) { rejectAssignments(ids: $ids, reason: $reason) { id status } }`;

const IDS_HELP = `ASSIGNMENT_ID... are ids from \`fourmi review\`; - reads them from standard input (one per line or
separated by spaces), e.g. \`fourmi review P --ids | fourmi accept -\`. At most 1000 at once; all
are decided or, if one cannot be, none is.`;

export const accept: Command = {
  name: 'accept',
  summary: 'accept submitted answers by assignment id (pays their workers)',
  help: `usage: fourmi accept ASSIGNMENT_ID... [--api URL]

Accepts submitted answers: each worker is paid the reward from the batch's escrow, once.
${IDS_HELP}

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['ASSIGNMENT_ID...']);
    const ids = await assignmentIds(positionals, ctx.stdin);
    const api = await signedInApi(ctx, values.api);
    const { acceptAssignments } = await namingIds(ids, () => api.gql<{ acceptAssignments: unknown[] }>(ACCEPT, { ids }));
    ctx.stderr.write(`Accepted ${answers(acceptAssignments.length)}; each worker is paid from the batch's escrow\n`);
  },
};

export const reject: Command = {
  name: 'reject',
  summary: 'reject submitted answers by assignment id, with a reason shown to the workers',
  help: `usage: fourmi reject ASSIGNMENT_ID... --reason TEXT [--api URL]

Rejects submitted answers: their workers are not paid and see the reason; each may appeal once,
and an admin decides. Rejecting more than 20% of a worker's or a batch's answers waits for an
admin's confirmation (nothing is rejected until then).
${IDS_HELP}

  --reason TEXT   why, shown to the workers (3 to 500 characters)
${apiHelp(18)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, reason: { type: 'string' } }, ['ASSIGNMENT_ID...']);
    const reason = values.reason?.trim();
    if (!reason) throw new UsageError('missing --reason (shown to the workers)');
    const ids = await assignmentIds(positionals, ctx.stdin);
    const api = await signedInApi(ctx, values.api);
    const { rejectAssignments } = await namingIds(ids, () => api.gql<{ rejectAssignments: unknown[] }>(REJECT, { ids, reason }));
    ctx.stderr.write(`Rejected ${answers(rejectAssignments.length)}; the workers see your reason\n`);
  },
};

/** The ids given, or those read from standard input for `-`. */
export async function assignmentIds(positionals: readonly string[], stdin: Input): Promise<string[]> {
  const ids = positionals.includes('-') ? [...positionals.filter((p) => p !== '-'), ...(await readAll(stdin)).split(/\s+/)] : [...positionals];
  const given = ids.filter((id) => id !== '');
  if (given.length === 0) throw new UsageError('no assignment id on standard input');
  return given;
}

/** The API's problems name `ids[3]`; the person typed the id itself. */
async function namingIds<T>(ids: readonly string[], call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const name = (text: string) => text.replace(/^ids\[(\d+)\]/, (whole, i: string) => (ids[Number(i)] !== undefined ? `assignment ${ids[Number(i)]}` : whole));
    throw new CliError(name(error.message), error.details.map(name), error.code);
  }
}

const answers = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'answer' : 'answers'}`;
