import { parseCommand, parseInteger } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { table, utcMinute } from '../table';

const EDITS = `query($id: ID!, $limit: Int!) { projectEdits(projectId: $id, limit: $limit) { total items { at editorName changes { field before after } } } }`;

/** The most edits one page holds (the API's limit). */
const PAGE_MAX = 100;

export interface EditRow {
  at: string;
  editorName: string | null;
  changes: { field: string; before: string; after: string }[];
}

export const edits: Command = {
  name: 'edits',
  summary: 'a project’s edit history: when, who, each field before and after',
  help: `usage: fourmi edits PROJECT_ID [--limit N] [--api URL]

Lists the latest edits of the project (by \`fourmi update-project\` or the console), newest first: one
line per changed field with its value before and after. Instructions show their first line and how
many lines they have; the console shows the changed lines.

  --limit N   how many edits (default 25, at most ${PAGE_MAX})
${apiHelp(14)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, limit: { type: 'string' } }, ['PROJECT_ID']);
    const limit = values.limit === undefined ? 25 : parseInteger(values.limit, 'limit', { min: 1, max: PAGE_MAX });
    const api = await signedInApi(ctx, values.api);
    const { projectEdits } = await api.gql<{ projectEdits: { total: number; items: EditRow[] } }>(EDITS, { id: positionals[0], limit });
    if (projectEdits.total === 0) {
      ctx.stderr.write('This project was never edited.\n');
      return;
    }
    ctx.stdout.write(editTable(projectEdits.items));
    if (projectEdits.total > projectEdits.items.length) ctx.stderr.write(`The latest ${projectEdits.items.length} of ${projectEdits.total} edits\n`);
  },
};

/** One changed field per line: `EDITED BY FIELD BEFORE AFTER`. */
export function editTable(rows: readonly EditRow[]): string {
  return table(
    ['EDITED', 'BY', 'FIELD', 'BEFORE', 'AFTER'],
    rows.flatMap((edit) =>
      edit.changes.map((c) => [utcMinute(edit.at), edit.editorName ?? '-', c.field, valueOf(c.field, c.before), valueOf(c.field, c.after)]),
    ),
  );
}

/** A gold ratio as a percentage; instructions by their first line and size; a name as it is. */
function valueOf(field: string, value: string): string {
  if (field === 'GOLD_RATIO') return `${+(Number(value) * 100).toFixed(2)}%`;
  if (field !== 'INSTRUCTIONS') return value;
  if (value.trim() === '') return '(empty)';
  const lines = value.split('\n');
  const first = lines[0].length > 40 ? `${lines[0].slice(0, 39)}…` : lines[0];
  return lines.length === 1 ? first : `${first} (${lines.length} lines)`;
}
