import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries grow with every event a webhook listens to (one per answer for assignment.submitted).
 * With 2 million of them: the minute's rescue of deliveries never enqueued read the whole table
 * (155–291 ms; 0.2–1.7 ms with the partial index, which holds only deliveries not yet attempted), and
 * a project's delivery log walked the table newest first past every other project's deliveries
 * (419–814 ms for a project whose deliveries are older; 0.6–4.1 ms per webhook on (webhook_id, id)).
 * Recording and delivering 50 deliveries took 23–30 ms with them and 28–30 ms without (docs/benchmarks.md).
 */
export class WebhookDeliveryIndexes1765300000000 implements MigrationInterface {
  name = 'WebhookDeliveryIndexes1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX webhook_deliveries_unsent_idx ON webhook_deliveries (created_at) WHERE status = 'PENDING' AND attempts = 0`);
    await db.query(`CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (webhook_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX webhook_deliveries_log_idx`);
    await db.query(`DROP INDEX webhook_deliveries_unsent_idx`);
  }
}
