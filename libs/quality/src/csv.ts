import type { AnswerRow } from './answers';

/** A CSV problem, located by the 1-based line where the offending record starts. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
    this.name = 'CsvError';
  }
}

export interface TruthRow {
  item: string;
  label: string;
}

export interface AggregateRow {
  item: string;
  label: string;
  confidence: number;
}

/**
 * Parses an answers file with the header `item,worker,label` (RFC 4180: quoted fields with "" escapes and
 * embedded commas or line breaks, LF or CRLF, UTF-8 BOM and trailing blank lines allowed). Throws a
 * {@link CsvError} naming the line of the first bad record, e.g. `line 7: expected 3 fields, found 2`.
 */
export function parseAnswersCsv(text: string): AnswerRow[] {
  return parseTable(text, ['item', 'worker', 'label']).map(([item, worker, label]) => ({ item, worker, label }));
}

/** Parses a ground-truth file with the header `item,label`, like {@link parseAnswersCsv}. */
export function parseTruthCsv(text: string): TruthRow[] {
  return parseTable(text, ['item', 'label']).map(([item, label]) => ({ item, label }));
}

/** Writes `item,label,confidence` with a header, one row per line (LF), confidence with 4 decimals. */
export function formatAggregateCsv(rows: readonly AggregateRow[]): string {
  const lines = ['item,label,confidence'];
  for (const row of rows) {
    if (!Number.isFinite(row.confidence)) {
      throw new RangeError(`formatAggregateCsv: item ${row.item} has confidence ${row.confidence}`);
    }
    lines.push(`${quote(row.item)},${quote(row.label)},${row.confidence.toFixed(4)}`);
  }
  return lines.join('\n') + '\n';
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Records after the header, each with exactly `header.length` non-empty fields. */
function parseTable(text: string, header: readonly string[]): string[][] {
  const records = parseRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  // Trailing blank lines are fine; a blank line before the end is an error below.
  while (records.length > 0 && isBlank(records[records.length - 1].fields)) records.pop();
  const expected = header.join(',');
  if (records.length === 0) throw new CsvError(1, `missing header ${expected}`);
  const found = records[0].fields.map((f) => f.trim());
  if (found.join(',') !== expected) throw new CsvError(1, `expected header ${expected}, found ${records[0].fields.join(',')}`);
  const rows: string[][] = [];
  for (let r = 1; r < records.length; r++) {
    const { fields, line } = records[r];
    if (isBlank(fields)) throw new CsvError(line, 'blank line');
    if (fields.length !== header.length) {
      throw new CsvError(line, `expected ${header.length} fields, found ${fields.length}`);
    }
    for (let f = 0; f < fields.length; f++) if (fields[f] === '') throw new CsvError(line, `empty ${header[f]}`);
    rows.push(fields);
  }
  return rows;
}

function isBlank(fields: string[]): boolean {
  return fields.length === 1 && fields[0] === '';
}

interface CsvRecord {
  fields: string[];
  line: number;
}

/** Splits CSV text into records, keeping the line each one starts on. */
function parseRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        let parts = '';
        let j = i + 1;
        for (;;) {
          const close = text.indexOf('"', j);
          if (close < 0) throw new CsvError(start, 'unterminated quoted field');
          parts += text.slice(j, close);
          if (text.charCodeAt(close + 1) === 34) {
            parts += '"';
            j = close + 2;
          } else {
            j = close + 1;
            break;
          }
        }
        line += countLineBreaks(parts);
        value = parts;
        i = j;
        if (i < n && !isFieldEnd(text.charCodeAt(i))) throw new CsvError(start, 'unexpected character after a closing quote');
      } else {
        let j = i;
        while (j < n && !isFieldEnd(text.charCodeAt(j))) j++;
        value = text.slice(i, j);
        if (value.includes('"')) throw new CsvError(start, 'quote inside an unquoted field');
        i = j;
      }
      fields.push(value);
      if (i < n && text.charCodeAt(i) === 44 /* , */) {
        i++;
        continue;
      }
      // End of record: CRLF, LF, lone CR or end of text.
      if (text.charCodeAt(i) === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      line++;
      break;
    }
    records.push({ fields, line: start });
  }
  return records;
}

function isFieldEnd(code: number): boolean {
  return code === 44 || code === 10 || code === 13;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || (c === 13 && s.charCodeAt(k + 1) !== 10)) count++;
  }
  return count;
}
