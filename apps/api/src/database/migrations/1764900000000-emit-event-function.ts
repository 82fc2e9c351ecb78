import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmitEventFunction1764900000000 implements MigrationInterface {
  name = 'EmitEventFunction1764900000000';

  async up(db: QueryRunner): Promise<void> {
    // The answer's statements write their events through this function rather than with an INSERT of
    // their own (dispatch/submit.sql.ts): a prepared statement is planned again, on every connection,
    // after each VACUUM or ANALYZE of any table it names, and autovacuum visits event_outbox (a queue)
    // every minute under load. PL/pgSQL keeps the INSERT's plan apart, and replanning it is cheap.
    await db.query(`
      CREATE FUNCTION emit_event(event jsonb) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO event_outbox (event) VALUES (event);
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION emit_event(jsonb)`);
  }
}
