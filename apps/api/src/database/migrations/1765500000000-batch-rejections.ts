import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each batch counts its rejected answers, kept with the decisions (AssignmentTransitions), so that the
 * mass-rejection guard reads a batch's share of rejections from the batch (with `answer_count`) rather
 * than from all its answers at every rejection (docs/benchmarks.md).
 */
export class BatchRejections1765500000000 implements MigrationInterface {
  name = 'BatchRejections1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE batches ADD COLUMN rejected_count integer NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE batches b SET rejected_count = r.rejected
        FROM (SELECT t.batch_id, count(*)::int AS rejected FROM assignments a JOIN tasks t ON t.id = a.task_id
               WHERE a.status = 'REJECTED' AND NOT a.is_gold GROUP BY t.batch_id) r
       WHERE r.batch_id = b.id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE batches DROP COLUMN rejected_count`);
  }
}
