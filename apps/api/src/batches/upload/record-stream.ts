import type { Readable } from 'node:stream';
import type { FieldProblemKey, FieldProblemParams } from '@fourmi/task-kinds';

/** One record of an upload: its 1-based row number (data rows, header excluded) and its fields. */
export interface UploadRecord {
  row: number;
  fields: Record<string, unknown>;
}

/** A file that cannot be read as records: its row (0 or less for the file as a whole), in English and as a FIELD_PROBLEMS key. */
export class UploadFormatError extends Error {
  constructor(
    readonly row: number,
    message: string,
    readonly key: FieldProblemKey,
    readonly params: FieldProblemParams = {},
  ) {
    super(message);
  }
}

/**
 * CSV records from a byte stream, one at a time, with RFC 4180 quoting (commas, quotes and line breaks
 * inside quoted fields). The header names the fields; `snake_case` headers become `camelCase` keys
 * (`image_url` → `imageUrl`), and empty cells are left out. Memory stays bounded by one record.
 */
export async function* csvRecords(input: Readable): AsyncGenerator<UploadRecord> {
  let header: string[] | null = null;
  let row = 0;
  for await (const cells of csvRows(input)) {
    if (!header) {
      header = cells.map((name) => camelCase(name.trim().replace(/^\uFEFF/, '')));
      if (!header.some(Boolean)) throw new UploadFormatError(0, 'The first line must name the columns, e.g. text or image_url', 'field.noColumnNames');
      continue;
    }
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    row += 1;
    if (cells.length !== header.length) {
      throw new UploadFormatError(row, `expected ${header.length} columns, found ${cells.length}`, 'field.columnCount', { expected: header.length, found: cells.length });
    }
    const fields: Record<string, unknown> = {};
    header.forEach((name, i) => {
      if (name && cells[i] !== '') fields[name] = cells[i];
    });
    yield { row, fields };
  }
}

/** JSON Lines records: one JSON object per line; blank lines are skipped. */
export async function* jsonlRecords(input: Readable): AsyncGenerator<UploadRecord> {
  let row = 0;
  for await (const line of lines(input)) {
    if (!line.trim()) continue;
    row += 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UploadFormatError(row, 'is not valid JSON', 'field.notJson');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UploadFormatError(row, 'must be a JSON object', 'field.notJsonObject');
    yield { row, fields: value as Record<string, unknown> };
  }
}

async function* lines(input: Readable): AsyncGenerator<string> {
  let rest = '';
  input.setEncoding('utf8');
  for await (const chunk of chunks(input)) {
    rest += chunk;
    let newline = rest.indexOf('\n');
    while (newline >= 0) {
      yield rest.slice(0, newline).replace(/\r$/, '');
      rest = rest.slice(newline + 1);
      newline = rest.indexOf('\n');
    }
  }
  if (rest) yield rest;
}

/** Rows of cells; a small state machine over characters, so quoted fields may span chunks and lines. */
async function* csvRows(input: Readable): AsyncGenerator<string[]> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteSeen = false; // a quote inside a quoted field: either "" (escaped) or the closing quote
  let any = false;
  input.setEncoding('utf8');
  for await (const chunk of chunks(input)) {
    const out: string[][] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      any = true;
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === '"') {
            cell += '"';
            continue;
          }
          quoted = false; // the previous quote closed the field; handle c below
        } else if (c === '"') {
          quoteSeen = true;
          continue;
        } else {
          cell += c;
          continue;
        }
      }
      if (c === '"' && cell === '') quoted = true;
      else if (c === ',') {
        cells.push(cell);
        cell = '';
      } else if (c === '\n') {
        cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
        out.push(cells);
        cells = [];
        cell = '';
        any = false;
      } else cell += c;
    }
    if (quoteSeen && !quoted) quoteSeen = false;
    yield* out;
  }
  if (quoteSeen) {
    quoted = false;
    quoteSeen = false;
  }
  if (quoted) throw new UploadFormatError(-1, 'a quoted field is not closed before the end of the file', 'field.quoteNotClosed');
  if (any || cell || cells.length) {
    cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
    yield cells;
  }
}

/**
 * The stream's text chunks, leaving the stream open when reading stops early (a bad row): the
 * input is the HTTP request, and destroying it would cut the connection before the error answer
 * could reach the client (a streamed upload's last chunk may still be on its way).
 */
function chunks(input: Readable): AsyncIterable<string> {
  return input.iterator({ destroyOnReturn: false }) as AsyncIterable<string>;
}

function camelCase(name: string): string {
  return name.replace(/[_-]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}
