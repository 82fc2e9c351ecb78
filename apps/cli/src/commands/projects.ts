import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { table } from '../table';

const MY_PROJECTS = `query { myProjects { id name kind stats { items completedItems } } }`;

export interface ProjectRow {
  id: string;
  name: string;
  kind: string;
  stats: { items: number; completedItems: number };
}

export const projects: Command = {
  name: 'projects',
  summary: 'list your projects',
  help: `usage: fourmi projects [--api URL]

Lists your projects, newest first: id, name, kind, items and completed items.

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values } = parseCommand(args, API_OPTION);
    const api = await signedInApi(ctx, values.api);
    const { myProjects } = await api.gql<{ myProjects: ProjectRow[] }>(MY_PROJECTS);
    if (myProjects.length === 0) {
      ctx.stderr.write('No projects yet: create one with `fourmi create-project`.\n');
      return;
    }
    ctx.stdout.write(projectTable(myProjects));
  },
};

/** Aligned columns, one project per line, with a header. */
export function projectTable(rows: readonly ProjectRow[]): string {
  return table(
    ['ID', 'NAME', 'KIND', 'ITEMS', 'COMPLETED'],
    rows.map((p) => [p.id, p.name, p.kind, p.stats.items.toLocaleString('en'), p.stats.completedItems.toLocaleString('en')]),
    [3, 4],
  );
}
