// Verifies every money invariant on a database and prints what is wrong (exit 1), or a one-line OK.
// Usage: npm run check:ledger            (DATABASE_URL, or the embedded `.data` database like the API)
//   - every ledger transaction sums to zero in one currency, with at least two lines
//   - every balance equals the sum of its entries; no user balance is negative
//   - escrow covers the answers awaiting review, and only those once the batch has ended
//   - payouts in flight match pending payouts; each payout and top-up posted once, per its status
import { resolve } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../apps/api/src/config/app.config';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';
import { checkLedger } from '../apps/api/src/ledger/ledger-check';

const root = resolve(import.meta.dirname ?? process.cwd(), '..');

async function main(): Promise<number> {
  const config = loadConfig(process.env, { dataDir: resolve(root, '.data'), webDist: resolve(root, 'dist/apps') });
  let url = config.databaseUrl;
  let stop = async () => undefined as void;
  if (!url) {
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'fourmi' });
    url = embedded.url;
    stop = embedded.stop;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('ledger_entries') IS NOT NULL AS ready`);
    if (!rows[0].ready) {
      console.error('No ledger tables in this database: start the API once so it applies its migrations');
      return 1;
    }
    // One snapshot for every check, so a busy database cannot show a half-done posting.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const report = await checkLedger(async (text, params) => (await client.query(text, params as unknown[])).rows);
    await client.query('COMMIT');
    if (report.problems.length) {
      console.error(`Ledger check FAILED: ${report.problems.length} problems`);
      for (const problem of report.problems) console.error(`  - ${problem}`);
      return 1;
    }
    console.log(`Ledger OK: ${report.transactions} transactions over ${report.accounts} accounts; every invariant holds`);
    return 0;
  } finally {
    await client.end();
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
