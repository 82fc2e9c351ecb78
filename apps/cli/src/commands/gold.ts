import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { table } from '../table';
import { goldCount } from './add-gold';

const PROJECT_GOLD = `query($id: ID!) { project(id: $id) { id name goldRatio batches { isGold itemCount } } }`;
const CONTESTS = `query { goldContests { id projectId createdAt item goldAnswer given message } }`;

/** Long items are cut to keep one contest a line. */
const ITEM_WIDTH = 50;

export interface GoldContestRow {
  id: string;
  projectId: string;
  createdAt: string;
  item: unknown;
  goldAnswer: unknown;
  given: unknown;
  message: string;
}

export const gold: Command = {
  name: 'gold',
  summary: 'show a project’s gold items and the workers’ open contests of them',
  help: `usage: fourmi gold PROJECT_ID [--api URL]

Says how many gold items the project holds and what share of tasks is drawn from them (its gold
ratio), then lists the open contests of its gold answers (on standard output), oldest first: the
contest id, when it was made, the item, its gold answer, the worker's answer and their message.
Settle one with \`fourmi settle-gold CONTEST_ID (--keep | --answer JSON) --note TEXT\`.

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['PROJECT_ID']);
    const api = await signedInApi(ctx, values.api);
    const { project } = await api.gql<{ project: { id: string; name: string; goldRatio: number; batches: { isGold: boolean; itemCount: number }[] } }>(PROJECT_GOLD, {
      id: positionals[0],
    });
    const { goldContests } = await api.gql<{ goldContests: GoldContestRow[] }>(CONTESTS);
    const items = project.batches.filter((b) => b.isGold).reduce((sum, b) => sum + b.itemCount, 0);
    const contests = goldContests.filter((c) => c.projectId === project.id);
    ctx.stderr.write(`Project "${project.name}": ${goldCount(items)}, ${ratio(project.goldRatio)}; ${openContests(contests.length)}\n`);
    if (items === 0) ctx.stderr.write(`Add some with \`fourmi add-gold ${project.id} FILE\`.\n`);
    if (contests.length) ctx.stdout.write(contestTable(contests));
  },
};

/** One open contest per line: `ID CREATED ITEM GOLD GIVEN MESSAGE`, values as compact JSON. */
export function contestTable(rows: readonly GoldContestRow[]): string {
  return table(
    ['ID', 'CREATED', 'ITEM', 'GOLD', 'GIVEN', 'MESSAGE'],
    rows.map((c) => [c.id, c.createdAt.slice(0, 16).replace('T', ' '), cut(JSON.stringify(c.item), ITEM_WIDTH), JSON.stringify(c.goldAnswer), JSON.stringify(c.given), c.message]),
  );
}

function ratio(goldRatio: number): string {
  return goldRatio > 0 ? `${Math.round(goldRatio * 1000) / 10}% of tasks drawn from them` : 'none drawn into the work (gold ratio 0)';
}

const openContests = (n: number) => (n === 0 ? 'no open contests' : n === 1 ? '1 open contest' : `${n} open contests`);
const cut = (text: string, width: number) => ([...text].length > width ? `${[...text].slice(0, width - 1).join('')}…` : text);
