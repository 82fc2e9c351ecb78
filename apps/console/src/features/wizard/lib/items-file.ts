import { getTaskKind, type FieldReason, type TaskKind } from '@fourmi/task-kinds';
import { parseCsvRecords } from '../../batches/lib/parse-items';

/** The input fields of each kind, as they are named in CSV headers and JSONL objects. */
export const INPUT_FIELDS: Record<TaskKind, readonly string[]> = {
  CLASSIFICATION: ['text', 'imageUrl'],
  MULTI_LABEL: ['text', 'imageUrl'],
  CATEGORIZATION: ['title', 'description', 'imageUrl'],
  UI_FEEDBACK: ['screenshotUrl', 'pageUrl', 'context'],
  AUDIO: ['audioUrl', 'durationSeconds', 'language'],
};

export interface KindItemsError {
  /**
   * 1-based data row, numbered as the server and the CLI number it (header and blank lines not
   * counted), so "Row 7001" is the same row wherever the file is checked.
   */
  row?: number;
  /** A CSV column the kind does not know, as the header names it. */
  column?: string;
  /** The field in the item, when one is to blame. */
  field?: string;
  message: string;
  /** The task kind's reason for the problem, worded in the requester's language. */
  reason?: FieldReason;
}

export interface KindItems {
  items: Record<string, unknown>[];
  errors: KindItemsError[];
}

export const MAX_KIND_ITEMS = 10_000;
export const MAX_KIND_FILE_BYTES = 5 * 1024 * 1024;
const MAX_ERRORS = 20;

/** `screenshot_url`, `Screenshot URL` and `screenshotUrl` all name the field `screenshotUrl`. */
export function fieldOfHeader(header: string, kind: TaskKind): string | undefined {
  const folded = header.trim().toLowerCase().replace(/[\s_-]+/g, '');
  return INPUT_FIELDS[kind].find((f) => f.toLowerCase() === folded);
}

/**
 * Reads items from a .csv (header row naming the kind's input fields) or a .jsonl file (one object per
 * line) and checks each with the kind's own input parser, so mistakes show with their line before any
 * upload. The server checks everything again.
 */
export function parseKindItemsFile(kind: TaskKind, fileName: string, size: number, content: string): KindItems {
  if (size > MAX_KIND_FILE_BYTES) return { items: [], errors: [{ message: 'tooBig' }] };
  const name = fileName.toLowerCase();
  let rows: { row: number; value: unknown }[];
  const errors: KindItemsError[] = [];
  if (name.endsWith('.csv')) {
    const read = readCsv(kind, content);
    if ('errors' in read) return { items: [], errors: read.errors };
    rows = read.rows;
  } else if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) {
    rows = [];
    let row = 0;
    for (const raw of content.split(/\r?\n/)) {
      if (!raw.trim()) continue;
      row += 1;
      try {
        rows.push({ row, value: JSON.parse(raw) as unknown });
      } catch {
        errors.push({ row, message: 'jsonInvalid' });
      }
    }
  } else {
    return { items: [], errors: [{ message: 'fileType' }] };
  }
  if (rows.length > MAX_KIND_ITEMS) return { items: [], errors: [{ message: 'tooMany' }] };
  const definition = getTaskKind(kind);
  const items: Record<string, unknown>[] = [];
  for (const row of rows) {
    // Inputs do not depend on the config in any kind; the parser's config argument is unused.
    const result = definition.parseInput(row.value, undefined as never);
    if (result.ok) items.push(result.value as Record<string, unknown>);
    else errors.push(...result.errors.map((e) => ({ row: row.row, field: e.path || undefined, message: e.message, ...(e.reason && { reason: e.reason }) })));
  }
  return { items, errors: errors.slice(0, MAX_ERRORS) };
}

function readCsv(kind: TaskKind, content: string): { rows: { row: number; value: unknown }[] } | { errors: KindItemsError[] } {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const { records, unclosedAt, unclosedRow } = parseCsvRecords(content, delimiter);
  if (unclosedAt !== undefined) return { errors: [{ row: unclosedRow, message: 'csvUnclosedQuote' }] };
  const header = records[0] ?? [];
  const fields = header.map((h) => fieldOfHeader(h, kind));
  // Refused, as the server refuses them ("Unknown field"), rather than dropped.
  const unknown = header.filter((h, i) => fields[i] === undefined && h.trim() !== '');
  if (unknown.length > 0) return { errors: unknown.map((column) => ({ column: column.trim(), message: 'csvUnknownColumn' })) };
  if (fields.every((f) => f === undefined)) return { errors: [{ message: 'csvHeader' }] };
  const rows: { row: number; value: unknown }[] = [];
  let row = 0;
  for (const record of records.slice(1)) {
    if (record.length === 1 && record[0] === '') continue; // a blank line: the server does not count it either
    row += 1;
    const value: Record<string, string> = {};
    record.forEach((cell, i) => {
      const field = fields[i];
      if (field && cell.trim() !== '') value[field] = cell.trim();
    });
    rows.push({ row, value });
  }
  return { rows };
}
