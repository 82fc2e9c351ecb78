import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventOutbox1764500000000 implements MigrationInterface {
  name = 'EventOutbox1764500000000';

  async up(db: QueryRunner): Promise<void> {
    // Events are written here inside the transaction that causes them, and relayed in batches (batch
    // counters, webhook deliveries, NOTIFY to replicas) by events/event-relay.ts. A NOTIFY inside every
    // answer's transaction serialised all their commits on PostgreSQL's notify lock. The table churns
    // (rows live milliseconds), so it is vacuumed after a fixed number of dead rows, not a fraction.
    await db.query(`
      CREATE TABLE event_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event jsonb NOT NULL
      ) WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event_outbox`);
  }
}
