import { parseTaxonomy, type TaxonomyNode } from './taxonomy';
import type { FieldError } from './types';

/** A CSV problem: `line` is the 1-based line of the file (the header is line 1) when one applies. */
export type CsvError = FieldError & { line?: number };
export type CsvResult<T> = { ok: true; value: T } | { ok: false; errors: CsvError[] };

interface CsvRecord {
  line: number;
  fields: string[];
}

const COLUMNS = ['id', 'label', 'parent_id'] as const;
const FIELD_OF_COLUMN: Record<string, string> = { id: 'id', label: 'label', parent_id: 'parentId' };
const COLUMN_OF_FIELD: Record<string, string> = { id: 'id', label: 'label', parentId: 'parent_id' };

/**
 * Reads a taxonomy from CSV with the header `id,label,parent_id` (any column order; RFC 4180 quotes,
 * `""` escapes and line breaks inside quotes). Blank lines are skipped; an empty parent_id is a root.
 */
export function parseTaxonomyCsv(text: string): CsvResult<TaxonomyNode[]> {
  const { records, errors } = splitCsv(text.replace(/^\uFEFF/, ''));
  if (errors.length > 0) return { ok: false, errors };
  const [header, ...rows] = records;
  const columns = header ? header.fields.map((f) => f.trim().toLowerCase()) : [];
  const missing = COLUMNS.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !(COLUMNS as readonly string[]).includes(c));
  if (missing.length > 0 || unknown.length > 0 || new Set(columns).size !== columns.length) {
    return { ok: false, errors: [{ path: '', line: 1, message: `The header must be "${COLUMNS.join(',')}".` }] };
  }
  const raw = rows.map(({ fields }) => Object.fromEntries(columns.map((c, k) => [FIELD_OF_COLUMN[c], fields[k] ?? ''])));
  rows.forEach(({ line, fields }) => {
    if (fields.length !== columns.length) {
      errors.push({ path: '', line, message: `Line ${line}: expected ${columns.length} fields, found ${fields.length}.` });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  const result = parseTaxonomy(raw, '');
  if (result.ok) return result;
  return { ok: false, errors: result.errors.map((e) => located(e, rows)) };
}

/** Turns `[12].parentId` into line and column: `{ line: 14, path: 'parent_id' }`. */
function located(error: FieldError, rows: CsvRecord[]): CsvError {
  const match = /^\[(\d+)\]\.?(.*)$/.exec(error.path);
  if (!match) return error;
  const line = rows[Number(match[1])]?.line ?? 0;
  const path = COLUMN_OF_FIELD[match[2]] ?? match[2];
  const message = error.message.replace(/\[(\d+)\]/g, (_, i: string) => `line ${rows[Number(i)]?.line ?? '?'}`);
  return { path, line, message: `Line ${line}: ${message}` };
}

/** A small state machine over characters; records remember the line they start on. */
function splitCsv(text: string): { records: CsvRecord[]; errors: CsvError[] } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"') {
      // `""` inside quotes is one quote; a lone quote closes the field.
      if (text[i + 1] === '"') field += text[i++];
      else quoted = false;
    } else if (quoted) {
      field += ch;
      if (ch === '\n') line++;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      start = ++line;
    } else {
      field += ch;
    }
  }
  if (quoted) return { records, errors: [{ path: '', line: start, message: `Line ${start}: a quoted field is never closed.` }] };
  endRecord();
  return { records, errors: [] };
}
