import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A transaction's memo as a key and the values it names, next to its English text, so the apps can
 * say a history line in their user's language. Nullable without a default: adding them rewrites
 * nothing, and transactions written before keep their text alone.
 */
export class LedgerMemoKeys1766200000000 implements MigrationInterface {
  name = 'LedgerMemoKeys1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_transactions ADD COLUMN memo_key text, ADD COLUMN memo_params jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_transactions DROP COLUMN memo_key, DROP COLUMN memo_params`);
  }
}
