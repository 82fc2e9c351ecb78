import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins per email (any email, with an account or not, so the lock says nothing about which
 * exist): ten within a quarter of an hour lock the email's sign-in for a quarter of an hour, on every
 * replica. A success forgets the email; an hourly job forgets the old windows.
 */
export class SignInAttempts1767360000000 implements MigrationInterface {
  name = 'SignInAttempts1767360000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_attempts (
        email text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_attempts`);
  }
}
