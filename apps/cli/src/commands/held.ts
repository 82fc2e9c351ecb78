import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { table, utcMinute } from '../table';

const HELD = `query($id: ID!) { heldRejections(projectId: $id) { id assignmentIds reason why status decisionNote createdAt decidedAt } }`;

export interface HeldRow {
  id: string;
  assignmentIds: string[];
  reason: string;
  why: string;
  status: string;
  decisionNote: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export const held: Command = {
  name: 'held',
  summary: 'rejections waiting for an admin’s confirmation, and the admins’ decisions',
  help: `usage: fourmi held PROJECT_ID [--api URL]

Lists the project's rejections held for an admin (rejecting more than 20% of a worker's or a batch's
answers needs one): the pending requests, then the latest 20 decided, each with its answers, why it
was held, and the decision (APPROVED: the answers were rejected; DECLINED: nothing was) with the
admin's note. \`fourmi reject\` names the request it was held as.

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['PROJECT_ID']);
    const api = await signedInApi(ctx, values.api);
    const { heldRejections } = await api.gql<{ heldRejections: HeldRow[] }>(HELD, { id: positionals[0] });
    if (heldRejections.length === 0) {
      ctx.stderr.write('No rejection of this project was held for an admin.\n');
      return;
    }
    ctx.stdout.write(heldTable(heldRejections));
  },
};

/** One request per line: `REQUEST STATUS ANSWERS SENT DECIDED WHY NOTE`, pending ones first as the API lists them. */
export function heldTable(rows: readonly HeldRow[]): string {
  return table(
    ['REQUEST', 'STATUS', 'ANSWERS', 'SENT', 'DECIDED', 'WHY', 'NOTE'],
    rows.map((r) => [r.id, r.status, String(r.assignmentIds.length), utcMinute(r.createdAt), r.decidedAt ? utcMinute(r.decidedAt) : '-', r.why, r.decisionNote ?? '-']),
    [2],
  );
}
