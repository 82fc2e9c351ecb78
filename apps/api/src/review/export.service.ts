import { taskKinds } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, fieldProblem } from '../common/domain-error';
import type { FileDownload } from '../common/downloads';
import type { ProjectEntity } from '../projects/project.entity';
import { ProjectsService } from '../projects/projects.service';

export type ExportFormat = 'csv' | 'jsonl';

/** Rows read per query: bounded memory whatever the project size. */
export const EXPORT_PAGE_SIZE = 1_000;

export class ExportError extends DomainError {}

/** One exported item: its input, the stored consensus and every answer (as vote keys and as given). */
export interface ExportItem {
  itemId: string;
  batchId: string;
  input: Record<string, unknown>;
  answer: string | null;
  confidence: number | null;
  votes: number | null;
  answerCount: number;
  /** Every answer given, a rejected one too (it no longer counts in the consensus: its status says so). */
  answers: { workerId: string; voteKey: string | null; answer: unknown; status: ExportAnswerStatus; submittedAt: string }[];
}

export type ExportAnswerStatus = 'SUBMITTED' | 'ACCEPTED' | 'REJECTED';

/** The file, one line at a time (CSV: the header first). */
export type ResultsExport = FileDownload;

interface PageRow {
  id: string;
  batch_id: string;
  input: Record<string, unknown>;
  consensus: { voteKey: string; votes: number; confidence: number } | null;
  answers: { workerId: string; answer: unknown; status: ExportAnswerStatus; submittedAt: string }[];
}

// Keyset pagination by task id (never OFFSET): each page is one index range, whatever its depth.
// Answers counted as in ResultsService (submitted, accepted and rejected ones).
const PAGE_SQL = `
  SELECT t.id, t.batch_id, t.input, t.consensus,
         coalesce((SELECT json_agg(json_build_object(
                    'workerId', 'W-' || substr(md5(a.worker_id::text || a.project_id::text), 1, 8),
                    'answer', a.answer,
                    'status', a.status,
                    'submittedAt', a.submitted_at) ORDER BY a.submitted_at, a.id)
                     FROM assignments a
                    WHERE a.task_id = t.id AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')), '[]') AS answers
    FROM tasks t
   WHERE t.project_id = $1 AND t.status <> 'DRAFT' AND NOT t.is_gold AND t.id > $2::bigint
   ORDER BY t.id
   LIMIT $3`;

const INPUT_KEYS_SQL = `
  SELECT DISTINCT jsonb_object_keys(input) AS key
    FROM tasks
   WHERE project_id = $1 AND status <> 'DRAFT' AND NOT is_gold AND jsonb_typeof(input) = 'object'
   ORDER BY 1`;

/**
 * The results of a project as a file, streamed: pages of {@link EXPORT_PAGE_SIZE} items read one after
 * the other, each turned into lines as the client takes them. Each page is read on its own (no long
 * transaction held open while a slow client downloads), so items answered during the export may show
 * answers newer than the ones of earlier pages.
 */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /** The format asked for, checked, and the owner's project (NOT_FOUND for anyone else's). */
  async check(ownerId: string, projectId: string, format: string | undefined): Promise<{ project: ProjectEntity; format: ExportFormat }> {
    const chosen = format ?? 'csv';
    if (chosen !== 'csv' && chosen !== 'jsonl') throw ExportError.invalid([fieldProblem('format', 'Say format=csv or format=jsonl', 'field.notOneOf', { values: ['csv', 'jsonl'] })]);
    return { project: await this.projects.getOwned(projectId, ownerId), format: chosen };
  }

  /** Checks ownership and the format at once (so errors come before the first byte), then streams. */
  async open(ownerId: string, projectId: string, format: string | undefined): Promise<ResultsExport> {
    const { project, format: chosen } = await this.check(ownerId, projectId, format);
    const kind = taskKinds[project.kind];
    const voteKey = (answer: unknown): string | null => {
      try {
        return kind.voteKey(answer, project.config);
      } catch {
        return null; // an answer stored before its kind changed shape: exported as given, without a key
      }
    };
    const items = this.items(project.id, voteKey);
    const lines = chosen === 'csv' ? this.csvLines(project.id, items) : jsonlLines(items);
    return {
      filename: `${fileStem(project.name)}-results.${chosen}`,
      contentType: chosen === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      lines,
    };
  }

  private async *items(projectId: string, voteKey: (answer: unknown) => string | null): AsyncGenerator<ExportItem> {
    let after = '0';
    for (;;) {
      const rows: PageRow[] = await this.db.query(PAGE_SQL, [projectId, after, EXPORT_PAGE_SIZE]);
      for (const row of rows) {
        yield {
          itemId: row.id,
          batchId: row.batch_id,
          input: row.input,
          answer: row.consensus?.voteKey ?? null,
          confidence: row.consensus?.confidence ?? null,
          votes: row.consensus?.votes ?? null,
          answerCount: row.answers.length,
          answers: row.answers.map((a) => ({ workerId: a.workerId, voteKey: voteKey(a.answer), answer: a.answer, status: a.status, submittedAt: a.submittedAt })),
        };
      }
      if (rows.length < EXPORT_PAGE_SIZE) return;
      after = rows[rows.length - 1].id;
    }
  }

  private async *csvLines(projectId: string, items: AsyncIterable<ExportItem>): AsyncGenerator<string> {
    const keys: string[] = (await this.db.query(INPUT_KEYS_SQL, [projectId])).map((r: { key: string }) => r.key);
    yield csvHeader(keys);
    for await (const item of items) yield csvLine(item, keys);
  }
}

async function* jsonlLines(items: AsyncIterable<ExportItem>): AsyncGenerator<string> {
  for await (const item of items) yield jsonlLine(item);
}

/** `item_id,batch_id,input.<key>...,answer,confidence,votes,answer_count,answers,answers_given,answer_statuses` (input keys sorted). */
export function csvHeader(inputKeys: readonly string[]): string {
  return csvRecord(['item_id', 'batch_id', ...inputKeys.map((k) => `input.${k}`), 'answer', 'confidence', 'votes', 'answer_count', 'answers', 'answers_given', 'answer_statuses']);
}

/**
 * One item as a CSV record. Input values that are not strings are written as JSON; `answers` holds the
 * vote keys joined by `|` (a `|` or `\` inside a key is escaped with `\`, as multi-label keys hold `|`);
 * `answers_given`, the answers whole as a JSON array, in the same order: a vote key is only the part of
 * an answer that is counted (a UI feedback's category, not its rating, comment and clicks);
 * `answer_statuses`, each answer's review status joined by `|` in the same order (SUBMITTED, ACCEPTED or
 * REJECTED: a rejected answer is still listed, but no longer counts in the consensus). Added last, so
 * the columns before it keep their places.
 */
export function csvLine(item: ExportItem, inputKeys: readonly string[]): string {
  const inputs = inputKeys.map((key) => {
    const value = item.input?.[key];
    return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  });
  return csvRecord([
    item.itemId,
    item.batchId,
    ...inputs,
    item.answer ?? '',
    item.confidence === null ? '' : String(Math.round(item.confidence * 10_000) / 10_000),
    item.votes === null ? '' : String(item.votes),
    String(item.answerCount),
    item.answers.map((a) => (a.voteKey ?? '').replace(/[\\|]/g, (c) => `\\${c}`)).join('|'),
    JSON.stringify(item.answers.map((a) => a.answer)),
    item.answers.map((a) => a.status).join('|'),
  ]);
}

export function jsonlLine(item: ExportItem): string {
  return `${JSON.stringify(item)}\n`;
}

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; records end with CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A file name from a project name: letters, digits, `.`, `_` and `-` kept, runs of others as one `-`. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 80);
  return stem || 'project';
}
