import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AssignmentLeaseKeys1764800000000 implements MigrationInterface {
  name = 'AssignmentLeaseKeys1764800000000';

  async up(db: QueryRunner): Promise<void> {
    // Each lease inserted an assignment whose two foreign keys ran a check of their own after the claim:
    // one share-locked the worker's users row (a lock record in the WAL and a dirtied page of users at
    // every lease, the pages shared by many workers), the other re-read the task the claim had just
    // locked and updated in the same statement. Both were redundant where assignments are written: the
    // claim inserts the task it holds, for the worker the request authenticated, and neither tasks nor
    // users are ever deleted (a worker leaves by being banned; items end as COMPLETED or CANCELLED).
    await db.query(`ALTER TABLE assignments DROP CONSTRAINT assignments_task_id_fkey, DROP CONSTRAINT assignments_worker_id_fkey`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assignments ADD CONSTRAINT assignments_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks(id)`);
    await db.query(`ALTER TABLE assignments ADD CONSTRAINT assignments_worker_id_fkey FOREIGN KEY (worker_id) REFERENCES users(id)`);
  }
}
