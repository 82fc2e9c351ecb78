import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why the mass-rejection guard held a request, as a key and the values it names, next to its English
 * text, so the console can say it in the admin's language. Nullable without a default: adding them
 * rewrites nothing, and requests held before keep their text alone.
 */
export class HeldRejectionWhy1766320000000 implements MigrationInterface {
  name = 'HeldRejectionWhy1766320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mass_rejections ADD COLUMN why_key text, ADD COLUMN why_params jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE mass_rejections DROP COLUMN why_key, DROP COLUMN why_params`);
  }
}
