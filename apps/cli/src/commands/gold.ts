import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { table, utcMinute } from '../table';
import { goldCount } from './add-gold';
import { allGoldItems, cut, goldItemTable } from './gold-items';

const PROJECT_GOLD = `query($id: ID!) { project(id: $id) { id name goldRatio batches { isGold itemCount } } }`;
const CONTESTS = `query($p: ID) { goldContests(projectId: $p) { id projectId createdAt item goldAnswer given message } }`;

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
  help: `usage: fourmi gold PROJECT_ID [--items] [--api URL]

Says how many gold items the project holds and what share of tasks is drawn from them (its gold
ratio), then lists the open contests of its gold answers (on standard output), oldest first: the
contest id, when it was made, the item, its gold answer, the worker's answer and their message.
Settle one with \`fourmi settle-gold CONTEST_ID (--keep | --answer JSON) --note TEXT\`.

  --items      list the gold items instead, oldest first: id, item, gold answer, how many
               answers were scored against it, the share of them right, its explanation
${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, items: { type: 'boolean' } }, ['PROJECT_ID']);
    const api = await signedInApi(ctx, values.api);
    const { project } = await api.gql<{ project: { id: string; name: string; goldRatio: number; batches: { isGold: boolean; itemCount: number }[] } }>(PROJECT_GOLD, {
      id: positionals[0],
    });
    const { goldContests: contests } = await api.gql<{ goldContests: GoldContestRow[] }>(CONTESTS, { p: project.id });
    const items = project.batches.filter((b) => b.isGold).reduce((sum, b) => sum + b.itemCount, 0);
    ctx.stderr.write(`Project "${project.name}": ${goldCount(items)}, ${ratio(project.goldRatio)}; ${openContests(contests.length)}\n`);
    if (items === 0) ctx.stderr.write(`Add some with \`fourmi add-gold ${project.id} FILE\`.\n`);
    if (values.items) {
      if (items > 0) ctx.stdout.write(goldItemTable(await allGoldItems(api, project.id)));
    } else if (contests.length) ctx.stdout.write(contestTable(contests));
  },
};

/** One open contest per line: `ID CREATED ITEM GOLD GIVEN MESSAGE`, values as compact JSON. */
export function contestTable(rows: readonly GoldContestRow[]): string {
  return table(
    ['ID', 'CREATED', 'ITEM', 'GOLD', 'GIVEN', 'MESSAGE'],
    rows.map((c) => [c.id, utcMinute(c.createdAt), cut(JSON.stringify(c.item), ITEM_WIDTH), JSON.stringify(c.goldAnswer), JSON.stringify(c.given), c.message]),
  );
}

function ratio(goldRatio: number): string {
  return goldRatio > 0 ? `${Math.round(goldRatio * 1000) / 10}% of tasks drawn from them` : 'none drawn into the work (gold ratio 0)';
}

const openContests = (n: number) => (n === 0 ? 'no open contests' : n === 1 ? '1 open contest' : `${n} open contests`);
