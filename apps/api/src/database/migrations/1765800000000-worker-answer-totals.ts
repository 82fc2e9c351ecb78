import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADD_TO_WORKER_TOTALS_SQL } from '../../dispatch/worker-totals.sql';
import { RELAY_LOCK } from '../../events/outbox.sql';

/**
 * Each worker's answers sent and their rewards, kept by the relay (dispatch/worker-totals.ts) for the
 * feed's earnings widget. Started from the answers as they are; the events still in the outbox are
 * taken back, since the relay will add them. The relay's lock, held to the end of the migration's
 * transaction, keeps any replica from relaying in between.
 */
export class WorkerAnswerTotals1765800000000 implements MigrationInterface {
  name = 'WorkerAnswerTotals1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(${RELAY_LOCK})`);
    await db.query(`
      CREATE TABLE worker_answer_totals (
        worker_id uuid PRIMARY KEY,
        answers integer NOT NULL,
        reward_cents bigint NOT NULL
      )`);
    await db.query(`
      INSERT INTO worker_answer_totals (worker_id, answers, reward_cents)
      SELECT worker_id, count(*), sum(reward_cents) FROM assignments WHERE status IN ('SUBMITTED', 'ACCEPTED') GROUP BY worker_id`);
    const [pending] = await db.query(`SELECT coalesce(jsonb_agg(event ORDER BY id), '[]') AS events FROM event_outbox`);
    await db.query(ADD_TO_WORKER_TOTALS_SQL, [JSON.stringify(pending.events), -1]);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE worker_answer_totals`);
  }
}
