import { csvRecords } from './csv';

/** One gold item as addGoldItems takes it: the item, its right answer, and why (shown in training). */
export interface GoldItem {
  input: Record<string, unknown>;
  answer: unknown;
  explanation?: string;
}

/** The items of a gold file, or every problem found, each as `row 3 (answer): …` (rows count data lines from 1, as in an upload). */
export type GoldFile = { ok: true; items: GoldItem[] } | { ok: false; problems: string[] };

const LINE_FIELDS = ['input', 'answer', 'explanation'];

/**
 * JSON Lines as the console's gold screen takes them: `{"input": {…}, "answer": {…}, "explanation": "…"}`.
 * Shapes are the task kind's, checked by the API; here only what makes a line a gold item.
 */
export function parseGoldJsonl(text: string): GoldFile {
  const items: GoldItem[] = [];
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  lines.forEach((line, i) => {
    const row = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`row ${row}: is not valid JSON`);
      return;
    }
    if (!isObject(value)) return void problems.push(`row ${row}: must be a JSON object with input and answer`);
    const unknown = Object.keys(value).filter((key) => !LINE_FIELDS.includes(key));
    const before = problems.length;
    for (const key of unknown) problems.push(`row ${row} (${key}): unknown field; a gold line holds input, answer and explanation`);
    if (!isObject(value['input'])) problems.push(`row ${row} (input): give the item as a JSON object, as in an upload`);
    if (value['answer'] === undefined || value['answer'] === null) problems.push(`row ${row} (answer): give the right answer`);
    const explanation = value['explanation'];
    if (explanation !== undefined && typeof explanation !== 'string') problems.push(`row ${row} (explanation): must be text`);
    if (problems.length === before) items.push(goldItem(value['input'] as Record<string, unknown>, value['answer'], explanation as string | undefined));
  });
  return result(items, problems);
}

/**
 * CSV with a header: the item's columns as in an upload (`text`, `image_url` → imageUrl; empty cells
 * left out), the right answer either whole as JSON in an `answer` column or field by field in
 * `answer_FIELD` columns (`answer_label`; a cell starting with [ or { is read as JSON, for lists),
 * and an optional `explanation` column.
 */
export function parseGoldCsv(text: string): GoldFile {
  let records;
  try {
    records = csvRecords(text);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const [header, ...rows] = records;
  if (!header) return result([], []);
  const columns = header.cells.map((name) => name.trim());
  const headerProblem = checkHeader(columns);
  if (headerProblem) return { ok: false, problems: [`header (line ${header.line}): ${headerProblem}`] };
  const items: GoldItem[] = [];
  const problems: string[] = [];
  rows.forEach((record, i) => {
    const row = i + 1;
    if (record.cells.length !== columns.length) return void problems.push(`row ${row}: expected ${columns.length} columns, found ${record.cells.length}`);
    const read = csvRow(columns, record.cells);
    if (typeof read === 'string') problems.push(`row ${row} ${read}`);
    else items.push(read);
  });
  return result(items, problems);
}

function checkHeader(columns: readonly string[]): string | null {
  const whole = columns.includes('answer');
  const byField = columns.some((c) => c.startsWith('answer_'));
  if (whole && byField) return 'give the answer either in an "answer" column (JSON) or in "answer_FIELD" columns, not both';
  if (!whole && !byField) return 'needs an "answer" column (the right answer as JSON) or "answer_FIELD" columns such as answer_label';
  const repeated = columns.find((c, i) => c !== '' && columns.indexOf(c) !== i);
  if (repeated) return `the column "${repeated}" is given twice`;
  if (!columns.some((c) => c !== 'explanation' && c !== 'answer' && !c.startsWith('answer_') && c !== '')) return 'needs the item’s columns too, as in an upload (text, image_url…)';
  return null;
}

/** A row as a gold item, or its problem as `(field): what is wrong`. */
function csvRow(columns: readonly string[], cells: readonly string[]): GoldItem | string {
  const input: Record<string, unknown> = {};
  let answer: Record<string, unknown> | unknown = undefined;
  let explanation: string | undefined;
  for (const [i, column] of columns.entries()) {
    const cell = cells[i];
    if (column === '' || cell === '') continue;
    if (column === 'explanation') explanation = cell;
    else if (column === 'answer') {
      const parsed = parseJson(cell);
      if (!parsed.ok) return `(answer): is not valid JSON, e.g. {"label":"positive"}`;
      answer = parsed.value;
    } else if (column.startsWith('answer_')) {
      const field = camelCase(column.slice('answer_'.length));
      const parsed = /^\s*[[{]/.test(cell) ? parseJson(cell) : { ok: true as const, value: cell };
      if (!parsed.ok) return `(${column}): starts like JSON but is not valid JSON`;
      answer = { ...(answer as Record<string, unknown> | undefined), [field]: parsed.value };
    } else input[camelCase(column)] = cell;
  }
  if (answer === undefined) return '(answer): give the right answer';
  return goldItem(input, answer, explanation);
}

function goldItem(input: Record<string, unknown>, answer: unknown, explanation: string | undefined): GoldItem {
  return explanation === undefined ? { input, answer } : { input, answer, explanation };
}

function result(items: GoldItem[], problems: string[]): GoldFile {
  if (problems.length) return { ok: false, problems };
  if (!items.length) return { ok: false, problems: ['holds no gold items'] };
  return { ok: true, items };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** As the upload endpoint names CSV columns: `image_url` → `imageUrl`. */
const camelCase = (name: string) => name.replace(/[_-]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
