import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentWorkerStatusIndex1764700000000 implements MigrationInterface {
  name = 'AssignmentWorkerStatusIndex1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // Every lease and every answer wrote an entry in this index (an answer changes the status, so its new
    // row version is indexed again). Its readers, a worker's totals and quality page, look up one worker:
    // the (worker, task) key and the (worker, project, day) index start with the worker too, and the status
    // filter is checked on rows those walks visit anyway.
    await db.query(`DROP INDEX assignments_worker_status_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX assignments_worker_status_idx ON assignments (worker_id, status)`);
  }
}
