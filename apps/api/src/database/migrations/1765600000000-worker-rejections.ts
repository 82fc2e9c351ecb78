import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A worker's rejections page reads their rejected decisions and their overturned appeals, newest first,
 * along two small partial indexes, rather than joining every answer the worker ever gave to its
 * decision (docs/benchmarks.md). Decisions therefore name the worker.
 */
export class WorkerRejections1765600000000 implements MigrationInterface {
  name = 'WorkerRejections1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assignment_reviews ADD COLUMN worker_id uuid`);
    await db.query(`UPDATE assignment_reviews r SET worker_id = a.worker_id FROM assignments a WHERE a.id = r.assignment_id`);
    await db.query(`ALTER TABLE assignment_reviews ALTER COLUMN worker_id SET NOT NULL`);
    await db.query(`CREATE INDEX assignment_reviews_rejected_idx ON assignment_reviews (worker_id, decided_at DESC) WHERE decision = 'REJECTED'`);
    await db.query(`CREATE INDEX appeals_overturned_idx ON appeals (worker_id, decided_at DESC) WHERE status = 'OVERTURNED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX appeals_overturned_idx`);
    await db.query(`ALTER TABLE assignment_reviews DROP COLUMN worker_id`);
  }
}
