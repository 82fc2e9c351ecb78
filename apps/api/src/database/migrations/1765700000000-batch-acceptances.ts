import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The project's quality summary (asked by the console each time the project's answers move) counted
 * every answer of the project and read up to 200,000 of them: 1.1–1.3 s for a project of 150,000
 * answers (docs/benchmarks.md). Batches now count their accepted answers and rewards with each decision
 * (AssignmentTransitions), and the agreement, confidence and savings are measured on the project's
 * latest completed items, read along a partial index.
 */
export class BatchAcceptances1765700000000 implements MigrationInterface {
  name = 'BatchAcceptances1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE batches ADD COLUMN accepted_count integer NOT NULL DEFAULT 0, ADD COLUMN accepted_reward_cents bigint NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE batches b SET accepted_count = r.accepted, accepted_reward_cents = r.reward
        FROM (SELECT t.batch_id, count(*)::int AS accepted, sum(a.reward_cents)::bigint AS reward FROM assignments a JOIN tasks t ON t.id = a.task_id
               WHERE a.status = 'ACCEPTED' AND NOT a.is_gold GROUP BY t.batch_id) r
       WHERE r.batch_id = b.id`);
    await db.query(`CREATE INDEX tasks_completed_idx ON tasks (project_id, id) WHERE status = 'COMPLETED' AND NOT is_gold`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX tasks_completed_idx`);
    await db.query(`ALTER TABLE batches DROP COLUMN accepted_count, DROP COLUMN accepted_reward_cents`);
  }
}
