import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's audit trail holds what they did (a requester's project edits, an admin's decisions) as well
 * as what was done about them: the actor side needs its own index, or'ed with the subject's.
 */
export class AuditActorIndex1767100000000 implements MigrationInterface {
  name = 'AuditActorIndex1767100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_events_actor_idx`);
  }
}
