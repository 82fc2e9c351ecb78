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
 * inside quoted fields). Cells are separated by commas, or by semicolons when the header has semicolons
 * and no comma (spreadsheets in French and other locales save so; the console reads them the same way).
 * The header names the fields; `snake_case` headers become `camelCase` keys (`image_url` → `imageUrl`),
 * and empty cells are left out. Memory stays bounded by one record.
 */
export async function* csvRecords(input: Readable): AsyncGenerator<UploadRecord> {
  let header: string[] | null = null;
  let row = 0;
  try {
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
  } catch (error) {
    // Found at the end of the file, but it opened in the record after the last one read.
    if (error instanceof UnclosedQuote) throw new UploadFormatError(header ? row + 1 : 0, error.message, 'field.quoteNotClosed');
    throw error;
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

class UnclosedQuote extends Error {
  constructor() {
    super('a quoted field is not closed before the end of the file');
  }
}

/** The header's separator, as the console's reader chooses it: a semicolon only when there is no comma. */
const separatorOf = (firstLine: string) => (firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',');

/**
 * Rows of cells; a small state machine over characters, so quoted fields may span chunks and lines.
 * The text is held until the header's line has arrived, which chooses the separator.
 */
async function* csvRows(input: Readable): AsyncGenerator<string[]> {
  let parser: CsvRowParser | null = null;
  let head = '';
  input.setEncoding('utf8');
  for await (const chunk of chunks(input)) {
    if (parser) {
      yield* parser.feed(chunk);
      continue;
    }
    head += chunk;
    const newline = head.indexOf('\n');
    if (newline < 0) continue;
    parser = new CsvRowParser(separatorOf(head.slice(0, newline)));
    yield* parser.feed(head);
  }
  parser ??= new CsvRowParser(separatorOf(head));
  if (!parser.fed) yield* parser.feed(head);
  yield* parser.end();
}

class CsvRowParser {
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  private quoteSeen = false; // a quote inside a quoted field: either "" (escaped) or the closing quote
  private any = false;
  fed = false;

  constructor(private readonly separator: string) {}

  /** The rows this text completes. */
  feed(text: string): string[][] {
    this.fed = true;
    const out: string[][] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      this.any = true;
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === '"') {
            this.cell += '"';
            continue;
          }
          this.quoted = false; // the previous quote closed the field; handle c below
        } else if (c === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          this.cell += c;
          continue;
        }
      }
      if (c === '"' && this.cell === '') this.quoted = true;
      else if (c === this.separator) {
        this.cells.push(this.cell);
        this.cell = '';
      } else if (c === '\n') {
        this.cells.push(this.cell.endsWith('\r') ? this.cell.slice(0, -1) : this.cell);
        out.push(this.cells);
        this.cells = [];
        this.cell = '';
        this.any = false;
      } else this.cell += c;
    }
    return out;
  }

  /** The last row, if the file does not end with a line break; refuses a quote left open. */
  end(): string[][] {
    // A quote just before the end closed its field.
    if (this.quoteSeen) this.quoted = false;
    if (this.quoted) throw new UnclosedQuote();
    if (!this.any && !this.cell && !this.cells.length) return [];
    return [[...this.cells, this.cell.endsWith('\r') ? this.cell.slice(0, -1) : this.cell]];
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
