import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ban by the gold-accuracy rule keeps its values (accuracy, gold answers, threshold) next to its
 * English reason, so the worker app can say why in the worker's language. Nullable without a default:
 * adding it rewrites nothing; an administrator's ban (a reason as typed) and older bans keep their text alone.
 */
export class BanReasonParams1766800000000 implements MigrationInterface {
  name = 'BanReasonParams1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE worker_bans ADD COLUMN reason_params jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE worker_bans DROP COLUMN reason_params`);
  }
}
