import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Admins suspend and reinstate accounts (status BANNED): when and why are kept on the account, the
 * reason being shown to the person at sign-in. Every replica reads the suspended ids at start, hence
 * the partial index.
 */
export class AccountSuspensions1767300000000 implements MigrationInterface {
  name = 'AccountSuspensions1767300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN suspended_at timestamptz, ADD COLUMN suspension_reason text`);
    await db.query(`UPDATE users SET suspended_at = created_at WHERE status = 'BANNED'`);
    await db.query(`CREATE INDEX users_suspended_idx ON users (id) WHERE status = 'BANNED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_suspended_idx`);
    await db.query(`ALTER TABLE users DROP COLUMN suspended_at, DROP COLUMN suspension_reason`);
  }
}
