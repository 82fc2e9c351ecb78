import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A requester's batch escrows by owner: their balance history reads their batches' escrow lines, and
 * their balance sums what those batches hold; without it both scanned every published batch.
 */
export class BatchEscrowOwner1766400000000 implements MigrationInterface {
  name = 'BatchEscrowOwner1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX batch_escrows_owner_idx ON batch_escrows (owner_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX batch_escrows_owner_idx`);
  }
}
