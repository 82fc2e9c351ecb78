import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { taskKinds } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { fieldProblem, type ErrorReason, type FieldProblem } from '../../common/domain-error';
import { ProjectsService } from '../../projects/projects.service';
import { BatchesError } from '../batches.service';
import { csvRecords, jsonlRecords, UploadFormatError, type UploadRecord } from './record-stream';

export type UploadFormat = 'csv' | 'jsonl';

export interface UploadResult {
  batchId: string;
  items: number;
}

const MAX_ROWS = 2_000_000;
const MAX_ERRORS = 20;
const PROGRESS_EVERY = 10_000;

/**
 * Streams a CSV or JSON Lines file into a new draft batch with COPY: rows are validated by the task
 * kind one at a time and written as they come, so memory stays bounded whatever the file size. One
 * bad row and the transaction rolls back: nothing is inserted, and the error names the row and field.
 */
@Injectable()
export class BatchUploadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  async upload(ownerId: string, projectId: string, name: string | undefined, format: UploadFormat, body: Readable, onProgress: (rows: number) => void): Promise<UploadResult> {
    const project = await this.projects.getOwned(projectId, ownerId);
    const kind = taskKinds[project.kind];
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await client.query('BEGIN');
      const { rows: [batch] } = await client.query(
        `INSERT INTO batches (project_id, name) VALUES ($1, $2) RETURNING id`,
        [project.id, name?.trim() || `Upload of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`],
      );
      const copy = client.query(copyFrom('COPY tasks (project_id, batch_id, input, target_overlap) FROM STDIN'));
      // Aborting the COPY (on a bad row) makes the server answer with an error: expected, rolled back below.
      copy.on('error', () => undefined);
      const prefix = `${project.id}\t${batch.id}\t`;
      // Dynamic overlap starts each item at its minimum; answers are added while the item is unsure.
      const suffix = `\t${project.qualityRules.minOverlap ?? project.overlap}\n`;
      const problems: FieldProblem[] = [];
      let rows = 0;
      try {
        for await (const record of records(format, body)) {
          if (record.row > MAX_ROWS) {
            throw new UploadFormatError(record.row, `a batch holds at most ${MAX_ROWS.toLocaleString('en')} rows`, 'field.tooManyRows', { max: MAX_ROWS });
          }
          const input = kind.parseInput(record.fields, project.config);
          if (!input.ok) {
            problems.push(...input.errors.map((e) => rowProblem(record.row, e.path, e.message, e.reason)));
            if (problems.length >= MAX_ERRORS) break;
            continue;
          }
          rows = record.row;
          if (problems.length) continue; // keep reading to report more errors, write nothing more
          if (!copy.write(prefix + copyText(JSON.stringify(input.value)) + suffix)) await drained(copy);
          if (rows % PROGRESS_EVERY === 0) onProgress(rows);
        }
      } catch (error) {
        if (!(error instanceof UploadFormatError)) {
          // The file stopped coming (the requester cancelled, the connection broke): end the COPY, or the
          // ROLLBACK below would wait behind it for good, holding its connection from the pool.
          copy.destroy();
          throw error;
        }
        problems.push(rowProblem(error.row, '', error.message, { key: error.key, params: error.params }));
      }
      if (!problems.length && rows === 0) problems.push(fieldProblem('file', 'The file holds no items', 'field.emptyFile'));
      if (problems.length) {
        copy.destroy();
        throw new BatchesError('BAD_USER_INPUT', `${problemCount(problems.length)} in the file; nothing was added`, problems);
      }
      copy.end();
      await finished(copy);
      await client.query(`UPDATE batches SET item_count = $2 WHERE id = $1`, [batch.id, rows]);
      await client.query('COMMIT');
      onProgress(rows);
      return { batchId: batch.id, items: rows };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

function records(format: UploadFormat, body: Readable): AsyncGenerator<UploadRecord> {
  return format === 'csv' ? csvRecords(body) : jsonlRecords(body);
}

/** The problems' count as the message gives it: each row's own message follows, naming the row. */
const problemCount = (n: number) => (n >= MAX_ERRORS ? `${MAX_ERRORS}+ problems` : n === 1 ? '1 problem' : `${n} problems`);

/** The message names the row for API and CLI clients; the reason is the field's own, its row is in the path. */
function rowProblem(row: number, path: string, message: string, reason?: ErrorReason): FieldProblem {
  const where = row > 0 ? `Row ${row}` : 'File';
  return {
    path: row > 0 ? `rows[${row}]${path ? `.${path}` : ''}` : 'file',
    message: `${where}${path ? ` (${path})` : ''}: ${message}`,
    ...(reason && { reason }),
  };
}

/** COPY's text format: backslash, tab, newline and carriage return are escaped. */
function copyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string);
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('drain', resolve);
    stream.once('error', reject);
  });
}
