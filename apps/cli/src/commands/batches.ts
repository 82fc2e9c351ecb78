import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { formatCents } from '../money';
import { bar } from '../progress';
import { table } from '../table';

const PROJECT_BATCHES = `query($id: ID!) { project(id: $id) { currency batches { id name status isGold itemCount completedCount reserveCents } } }`;

export interface BatchRow {
  id: string;
  name: string;
  status: string;
  isGold: boolean;
  itemCount: number;
  completedCount: number;
  reserveCents: number;
}

export const batches: Command = {
  name: 'batches',
  summary: 'list a project’s batches with their status and progress',
  help: `usage: fourmi batches PROJECT_ID [--api URL]

Lists the project's batches in the order they were made: id, name, status (DRAFT, PUBLISHED,
PAUSED, COMPLETED, CANCELLED), items, items with all their answers, progress, and what publishing
reserves from your balance (items × overlap × (reward + platform fee)). The gold items' batch is
marked (gold).

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['PROJECT_ID']);
    const api = await signedInApi(ctx, values.api);
    const { project } = await api.gql<{ project: { currency: string; batches: BatchRow[] } }>(PROJECT_BATCHES, { id: positionals[0] });
    if (project.batches.length === 0) {
      ctx.stderr.write(`No batches yet: upload one with \`fourmi upload ${positionals[0]} FILE\`.\n`);
      return;
    }
    ctx.stdout.write(batchTable(project.batches, project.currency));
  },
};

/** One batch per line: `ID NAME STATUS ITEMS COMPLETED PROGRESS RESERVE`. */
export function batchTable(rows: readonly BatchRow[], currency: string): string {
  return table(
    ['ID', 'NAME', 'STATUS', 'ITEMS', 'COMPLETED', 'PROGRESS', 'RESERVE'],
    rows.map((b) => [
      b.id,
      b.isGold ? `${b.name} (gold)` : b.name,
      b.status,
      b.itemCount.toLocaleString('en'),
      b.completedCount.toLocaleString('en'),
      bar(b.itemCount > 0 ? b.completedCount / b.itemCount : 0, 10),
      `${formatCents(b.reserveCents)} ${currency}`,
    ]),
    [3, 4, 6],
  );
}
