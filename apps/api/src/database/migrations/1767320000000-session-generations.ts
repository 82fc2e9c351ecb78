import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Changing a password ends the account's other sessions: tokens carry the session generation they were
 * issued in, and every replica reads the accounts whose generation changed within a token's lifetime.
 */
export class SessionGenerations1767320000000 implements MigrationInterface {
  name = 'SessionGenerations1767320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN session_generation integer NOT NULL DEFAULT 0, ADD COLUMN sessions_ended_at timestamptz`);
    await db.query(`CREATE INDEX users_sessions_ended_idx ON users (sessions_ended_at) WHERE sessions_ended_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_sessions_ended_idx`);
    await db.query(`ALTER TABLE users DROP COLUMN session_generation, DROP COLUMN sessions_ended_at`);
  }
}
