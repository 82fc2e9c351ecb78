import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADD_TO_WORKER_TOTALS_SQL } from '../../dispatch/worker-totals.sql';
import { RELAY_LOCK } from '../../events/outbox.sql';

/**
 * Two corrections of what the worker app shows:
 * - A ban by the gold-accuracy rule keeps its values (accuracy, gold answers, threshold) next to its
 *   English reason, so the app can say why in the worker's language. Nullable without a default:
 *   adding it rewrites nothing; an administrator's ban and older bans keep their text alone.
 * - The feed's earnings count no reward for gold answers, which are never paid: each worker's totals
 *   are counted again from the answers with gold rewards left out, the events still in the outbox
 *   taken back (the relay adds them), under the relay's lock as 1765800000000 does.
 */
export class BanReasonsAndUnpaidGold1766800000000 implements MigrationInterface {
  name = 'BanReasonsAndUnpaidGold1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE worker_bans ADD COLUMN IF NOT EXISTS reason_params jsonb`);
    await db.query(`SELECT pg_advisory_xact_lock(${RELAY_LOCK})`);
    await db.query(`DELETE FROM worker_answer_totals`);
    await db.query(`
      INSERT INTO worker_answer_totals (worker_id, answers, reward_cents)
      SELECT worker_id, count(*), sum(CASE WHEN is_gold THEN 0 ELSE reward_cents END)
        FROM assignments WHERE status IN ('SUBMITTED', 'ACCEPTED') GROUP BY worker_id`);
    const [pending] = await db.query(`SELECT coalesce(jsonb_agg(event ORDER BY id), '[]') AS events FROM event_outbox`);
    await db.query(ADD_TO_WORKER_TOTALS_SQL, [JSON.stringify(pending.events), -1]);
  }

  async down(db: QueryRunner): Promise<void> {
    // The totals stay counted without gold rewards: counting them again would only bring the error back.
    await db.query(`ALTER TABLE worker_bans DROP COLUMN reason_params`);
  }
}
