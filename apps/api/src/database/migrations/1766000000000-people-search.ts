import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admins' directory finds people by any part of an email or a name (ILIKE '%part%'), which a
 * b-tree cannot serve: trigram indexes can. pg_trgm ships with PostgreSQL and is a trusted extension.
 */
export class PeopleSearch1766000000000 implements MigrationInterface {
  name = 'PeopleSearch1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops)`);
    await db.query(`CREATE INDEX users_display_name_trgm_idx ON users USING gin (display_name gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_display_name_trgm_idx`);
    await db.query(`DROP INDEX users_email_trgm_idx`);
    // pg_trgm stays: it may have been there before, for something else.
  }
}
