import { fieldLine } from '../api';
import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { CliError } from '../errors';
import { readText } from '../files';
import { type GoldFile, parseGoldCsv, parseGoldJsonl } from '../gold-file';
import { uploadFormat } from './upload';

const ADD_GOLD = `mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id itemCount } }`;

/** The most gold items one call takes (the API's limit). */
export const MAX_GOLD_ITEMS = 5_000;

export const addGold: Command = {
  name: 'add-gold',
  summary: 'add gold items (items with their right answer) from a CSV or JSON Lines file',
  help: `usage: fourmi add-gold PROJECT_ID FILE [--api URL]

Adds gold items to the project: items with a known right answer, mixed into workers' tasks at the
project's gold ratio (workers never see the answer before answering; in training they see it, and
the explanation, after). Each item and answer is checked against the project's task kind: one bad
row and nothing is added, each problem listed with its row and field. At most ${MAX_GOLD_ITEMS.toLocaleString('en')} items at once.

FILE is .jsonl / .ndjson, one gold item a line, as the console's gold screen takes them:
  {"input": {"text": "Loved it"}, "answer": {"label": "positive"}, "explanation": "Clear praise"}
or .csv with a header: the item's columns as in an upload (text, image_url…), the right answer
either as JSON in an "answer" column or field by field in answer_FIELD columns, and an optional
"explanation" column:
  text,answer_label,explanation
  Loved it,positive,Clear praise
A cell of an answer_FIELD column starting with [ or { is read as JSON, for lists:
answer_labels ["spam","ads"] (MULTI_LABEL), answer_path ["home","home.kitchen"] (CATEGORIZATION).

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['PROJECT_ID', 'FILE']);
    const [projectId, file] = positionals;
    const format = uploadFormat(file);
    const text = await readText(file, 'FILE');
    const items = goldItems(format === 'csv' ? parseGoldCsv(text) : parseGoldJsonl(text), file);
    const api = await signedInApi(ctx, values.api);
    const { addGoldItems } = await namingRow(file, () => api.gql<{ addGoldItems: { id: string; itemCount: number } }>(ADD_GOLD, { input: { projectId, items } }));
    ctx.stderr.write(`Added ${goldCount(items.length)} to project ${projectId} (${goldCount(addGoldItems.itemCount)} in all)\n`);
  },
};

/** The file's items, or an error listing every problem (nothing is sent). */
function goldItems(parsed: GoldFile, file: string) {
  if (!parsed.ok) {
    const [first] = parsed.problems;
    if (parsed.problems.length === 1 && !first.startsWith('row ')) throw new CliError(`${file}: ${first}; nothing was added`);
    throw new CliError(`${file} has ${problems(parsed.problems.length)}; nothing was added`, parsed.problems);
  }
  if (parsed.items.length > MAX_GOLD_ITEMS) throw new CliError(`${file} holds ${parsed.items.length.toLocaleString('en')} gold items, at most ${MAX_GOLD_ITEMS.toLocaleString('en')} go at once: split it`);
  return parsed.items;
}

/**
 * The API words a refusal of one item as `items[1].answer.label: Row 2: …` (of several, it lists each
 * as a detail, already read as rows): shown as that row and field, like the problems found here.
 */
async function namingRow<T>(file: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const one = error instanceof CliError ? /^(items[[.]\d+\]?(?:\.\S+)?): (.+)$/s.exec(error.message) : null;
    if (!one) throw error;
    throw new CliError(`${file} has a problem; nothing was added`, [fieldLine({ path: one[1], message: one[2] })], (error as CliError).code);
  }
}

const problems = (n: number) => (n === 1 ? 'a problem' : `${n} problems`);
export const goldCount = (n: number) => `${n.toLocaleString('en')} gold ${n === 1 ? 'item' : 'items'}`;
