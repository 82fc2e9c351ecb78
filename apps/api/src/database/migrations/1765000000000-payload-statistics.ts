import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hot tables' payload columns, which no query filters, joins or groups on. The planner never reads
 * their statistics, yet ANALYZE sorted a sample of each (jsonb comparisons): most of its time on these
 * tables, which autovacuum analyzes every minute or two under load and whose every analyze makes each
 * hot-path connection plan its statements again. Without them, ANALYZE of 300,000 assignments took
 * 130–173 ms instead of 208–289, and of 100,000 tasks 86–133 ms instead of 256–433 (docs/benchmarks.md).
 */
export const PAYLOAD_COLUMNS = {
  tasks: ['input', 'consensus', 'aggregate', 'gold_answer', 'gold_explanation'],
  assignments: ['answer', 'idempotency_key'],
} as const;

export class PayloadStatistics1765000000000 implements MigrationInterface {
  name = 'PayloadStatistics1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await setStatistics(db, 0);
  }

  async down(db: QueryRunner): Promise<void> {
    // -1: the server's default_statistics_target again.
    await setStatistics(db, -1);
  }
}

async function setStatistics(db: QueryRunner, target: number): Promise<void> {
  for (const [table, columns] of Object.entries(PAYLOAD_COLUMNS)) {
    await db.query(`ALTER TABLE ${table} ${columns.map((column) => `ALTER COLUMN ${column} SET STATISTICS ${target}`).join(', ')}`);
  }
}
