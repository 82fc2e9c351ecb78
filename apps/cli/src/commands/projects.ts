import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';

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
  const table = [
    ['ID', 'NAME', 'KIND', 'ITEMS', 'COMPLETED'],
    ...rows.map((p) => [p.id, p.name.replace(/\s+/g, ' '), p.kind, p.stats.items.toLocaleString('en'), p.stats.completedItems.toLocaleString('en')]),
  ];
  const widths = table[0].map((_, col) => Math.max(...table.map((row) => [...row[col]].length)));
  const numeric = new Set([3, 4]);
  return table
    .map((row) =>
      row
        .map((cell, col) => (numeric.has(col) ? cell.padStart(widths[col]) : col === row.length - 1 ? cell : cell.padEnd(widths[col])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
