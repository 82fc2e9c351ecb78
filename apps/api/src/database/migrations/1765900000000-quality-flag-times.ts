import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Flags by time, for the admins' list of workers to review (the last 30 days' flags, not all of them). */
export class QualityFlagTimes1765900000000 implements MigrationInterface {
  name = 'QualityFlagTimes1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX quality_flags_created_idx ON quality_flags (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX quality_flags_created_idx`);
  }
}
