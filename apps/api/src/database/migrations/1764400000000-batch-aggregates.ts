import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BatchAggregates1764400000000 implements MigrationInterface {
  name = 'BatchAggregates1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // The batch-wide Dawid-Skene answer of each item, beside the incremental consensus.
    await db.query(`ALTER TABLE tasks ADD COLUMN aggregate jsonb`);
    // The answer's vote key (the task kind's), kept for agreement statistics in SQL.
    await db.query(`ALTER TABLE assignments ADD COLUMN vote_key text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assignments DROP COLUMN vote_key`);
    await db.query(`ALTER TABLE tasks DROP COLUMN aggregate`);
  }
}
