import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RELAY_LOCK } from '../../events/outbox.sql';
import { ADD_TO_REVIEW_TOTALS_SQL } from '../../quality/worker-levels.sql';

/**
 * Each worker's reviewed answers (accepted; rejected or returned), kept by the relay for their level
 * (libs/quality levels.ts), which the claim checks for a project asking a minimum level. Started from the
 * answers as they are; the events still in the outbox are taken back, since the relay will add them.
 * The relay's lock, held to the end of the migration's transaction, keeps any replica from relaying in
 * between.
 */
export class WorkerLevels1767340000000 implements MigrationInterface {
  name = 'WorkerLevels1767340000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(${RELAY_LOCK})`);
    await db.query(`
      CREATE TABLE worker_review_totals (
        worker_id uuid PRIMARY KEY,
        accepted integer NOT NULL,
        rejected integer NOT NULL
      )`);
    await db.query(`
      INSERT INTO worker_review_totals (worker_id, accepted, rejected)
      SELECT worker_id, count(*) FILTER (WHERE status = 'ACCEPTED'), count(*) FILTER (WHERE status <> 'ACCEPTED')
        FROM assignments
       -- RETURNED with an answer: returned after a ban (without one: a task given back, or a batch ended)
       WHERE status IN ('ACCEPTED', 'REJECTED') OR (status = 'RETURNED' AND answer IS NOT NULL)
       GROUP BY worker_id`);
    const [pending] = await db.query(`SELECT coalesce(jsonb_agg(event ORDER BY id), '[]') AS events FROM event_outbox`);
    await db.query(ADD_TO_REVIEW_TOTALS_SQL, [JSON.stringify(pending.events), -1]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE worker_review_totals`);
  }
}
