/** Items for `createBatch`, read in the browser from a textarea or a small .csv / .jsonl file. */
export type BatchItem = { text: string; imageUrl?: string } | { text?: string; imageUrl: string };

export type ItemsErrorKey =
  | 'items.csvNoColumn'
  | 'items.csvUnknownColumn'
  | 'items.csvEmptyRow'
  | 'items.csvUnclosedQuote'
  | 'items.jsonInvalid'
  | 'items.jsonNoField'
  | 'items.tooMany'
  | 'items.fileTooBig'
  | 'items.fileType';

export interface ItemsError {
  key: ItemsErrorKey;
  /**
   * The 1-based data row, numbered as the server and the CLI number it (header and blank lines not
   * counted), so "Row 7001" means the same row wherever the file is checked.
   */
  row?: number;
  /** The CSV column to blame, as the header names it. */
  column?: string;
}

export interface ParsedItems {
  items: BatchItem[];
  errors: ItemsError[];
}

/** Larger sets go through the CLI or the streamed upload: the browser holds these in memory. */
export const MAX_ITEMS = 10_000;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_ERRORS = 20;

function finish(items: BatchItem[], errors: ItemsError[]): ParsedItems {
  if (items.length > MAX_ITEMS) errors.unshift({ key: 'items.tooMany' });
  return { items, errors: errors.slice(0, MAX_ERRORS) };
}

/** One item per non-empty line of text. */
export function parseLines(text: string): ParsedItems {
  const items = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ text: line }));
  return finish(items, []);
}

const isBlank = (record: readonly string[]) => record.length === 1 && record[0] === '';

/**
 * RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. A quote never closed
 * swallows the rest of the file, so it is reported where its record starts: `unclosedAt`, the line,
 * and `unclosedRow`, the data row as rows are numbered everywhere (none when the header is at fault).
 */
export function parseCsvRecords(text: string, delimiter = ','): { records: string[][]; unclosedAt?: number; unclosedRow?: number } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let recordStart = 1;
  let line = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
      recordStart = line;
    } else {
      field += c;
    }
  }
  if (quoted) {
    const unclosedRow = records.length === 0 ? undefined : records.slice(1).filter((r) => !isBlank(r)).length + 1;
    return { records, unclosedAt: recordStart, ...(unclosedRow !== undefined && { unclosedRow }) };
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { records };
}

/** The columns an item has, by header name folded as the server folds it (`image_url` → `imageUrl`). */
const CSV_COLUMNS: Record<string, 'text' | 'imageUrl'> = { text: 'text', imageurl: 'imageUrl' };
const columnOf = (header: string) => CSV_COLUMNS[header.trim().toLowerCase().replace(/[_-]+/g, '')];

/**
 * CSV with a header row naming a `text` and/or an `image_url` column (`;` also accepted as separator).
 * Any other named column is refused, as the server refuses it, rather than silently dropped.
 */
export function parseCsv(text: string): ParsedItems {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const { records, unclosedAt, unclosedRow } = parseCsvRecords(text, delimiter);
  if (unclosedAt !== undefined) return { items: [], errors: [{ key: 'items.csvUnclosedQuote', row: unclosedRow }] };
  const header = records[0] ?? [];
  const columns = header.map(columnOf);
  const unknown = header.filter((h, i) => columns[i] === undefined && h.trim() !== '');
  if (unknown.length > 0) return { items: [], errors: unknown.map((column) => ({ key: 'items.csvUnknownColumn', column: column.trim() })) };
  const textColumn = columns.indexOf('text');
  const imageColumn = columns.indexOf('imageUrl');
  if (textColumn < 0 && imageColumn < 0) return { items: [], errors: [{ key: 'items.csvNoColumn' }] };

  const items: BatchItem[] = [];
  const errors: ItemsError[] = [];
  let row = 0;
  for (const record of records.slice(1)) {
    if (isBlank(record)) continue; // a blank line: the server does not count it either
    row += 1;
    const text = textColumn >= 0 ? record[textColumn]?.trim() ?? '' : '';
    const imageUrl = imageColumn >= 0 ? record[imageColumn]?.trim() ?? '' : '';
    if (!text && !imageUrl) errors.push({ key: 'items.csvEmptyRow', row });
    else items.push(imageUrl ? (text ? { text, imageUrl } : { imageUrl }) : { text });
  }
  return finish(items, errors);
}

/** One JSON object per line with `text` and/or `imageUrl` (or `image_url`). */
export function parseJsonl(text: string): ParsedItems {
  const items: BatchItem[] = [];
  const errors: ItemsError[] = [];
  let row = 0;
  text.split(/\r?\n/).forEach((raw) => {
    const line = raw.trim();
    if (!line) return;
    row += 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ key: 'items.jsonInvalid', row });
      return;
    }
    const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const itemText = typeof obj['text'] === 'string' ? obj['text'].trim() : '';
    const rawUrl = obj['imageUrl'] ?? obj['image_url'];
    const imageUrl = typeof rawUrl === 'string' ? rawUrl.trim() : '';
    if (!itemText && !imageUrl) errors.push({ key: 'items.jsonNoField', row });
    else items.push(imageUrl ? (itemText ? { text: itemText, imageUrl } : { imageUrl }) : { text: itemText });
  });
  return finish(items, errors);
}

/** Chooses the reader by file extension: .csv, .jsonl / .ndjson, or .txt (one item per line). */
export function parseItemsFile(fileName: string, size: number, content: string): ParsedItems {
  if (size > MAX_FILE_BYTES) return { items: [], errors: [{ key: 'items.fileTooBig' }] };
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return parseCsv(content);
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return parseJsonl(content);
  if (name.endsWith('.txt')) return parseLines(content);
  return { items: [], errors: [{ key: 'items.fileType' }] };
}
