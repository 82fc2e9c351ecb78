import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quality flag's values (seconds taken and expected, items agreed) next to its English detail, so
 * the apps can say it in their user's language. Nullable without a default: adding it rewrites
 * nothing, and flags written before keep their text alone.
 */
export class QualityFlagParams1766100000000 implements MigrationInterface {
  name = 'QualityFlagParams1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE quality_flags ADD COLUMN detail_params jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE quality_flags DROP COLUMN detail_params`);
  }
}
