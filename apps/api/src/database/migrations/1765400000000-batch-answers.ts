import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The requester's console asks for its projects' counts every 5 s, and for a page of results: counted
 * from `tasks`, 122–212 ms a project of 100,000 items, and a page of results 266–994 ms
 * (docs/benchmarks.md). Batches now count their answers too (the event relay, with their completed
 * items), and a project's results are paged batch by batch along (batch_id, id), which replaces the
 * index on batch_id alone.
 */
export class BatchAnswers1765400000000 implements MigrationInterface {
  name = 'BatchAnswers1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE batches ADD COLUMN answer_count integer NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE batches b SET answer_count = s.answers
        FROM (SELECT batch_id, sum(submitted_count)::int AS answers FROM tasks GROUP BY batch_id) s
       WHERE s.batch_id = b.id`);
    await db.query(`CREATE INDEX tasks_batch_id_idx ON tasks (batch_id, id)`);
    await db.query(`DROP INDEX tasks_batch_idx`);
    await db.query(`ALTER INDEX tasks_batch_id_idx RENAME TO tasks_batch_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX tasks_batch_only_idx ON tasks (batch_id)`);
    await db.query(`DROP INDEX tasks_batch_idx`);
    await db.query(`ALTER INDEX tasks_batch_only_idx RENAME TO tasks_batch_idx`);
    await db.query(`ALTER TABLE batches DROP COLUMN answer_count`);
  }
}
