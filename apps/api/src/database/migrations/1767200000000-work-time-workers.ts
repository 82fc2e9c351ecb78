import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whose answer each working-time sample is: the hourly estimate counts each worker once (the median of
 * the workers' own medians), so one very fast worker, or a script, no longer sets every worker's rate.
 */
export class WorkTimeWorkers1767200000000 implements MigrationInterface {
  name = 'WorkTimeWorkers1767200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE work_time_samples ADD COLUMN worker_id uuid`);
    await db.query(`UPDATE work_time_samples s SET worker_id = a.worker_id FROM assignments a WHERE a.id = s.assignment_id`);
    // Answers are never deleted; a sample without its answer could only be measured wrongly.
    await db.query(`DELETE FROM work_time_samples WHERE worker_id IS NULL`);
    await db.query(`ALTER TABLE work_time_samples ALTER COLUMN worker_id SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE work_time_samples DROP COLUMN worker_id`);
  }
}
