import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';
import { LEDGER_HISTORY_SQL } from './ledger-history.sql';

const WORKER_ACCOUNTS = ['WORKER_PENDING', 'WORKER_AVAILABLE', 'PAYOUTS_IN_FLIGHT'];

describe('a user’s ledger history in a busy ledger', () => {
  let client: pg.Client;
  let quiet: string;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
    const { rows } = await client.query(`INSERT INTO users (email, password_hash, display_name, roles) VALUES ('quiet@example.org', 'x', 'Q', '{WORKER}'), ('busy@example.org', 'x', 'B', '{WORKER}') RETURNING id`);
    quiet = rows[0].id;
    await client.query(`INSERT INTO ledger_accounts (owner_kind, owner_id, type) SELECT 'USER', u, t FROM unnest($1::uuid[]) u, unnest($2::text[]) t`, [rows.map((r) => r.id), WORKER_ACCOUNTS]);
    await client.query(`INSERT INTO ledger_accounts (owner_kind, owner_id, type) VALUES ('PLATFORM', NULL, 'PROVIDER_CLEARING')`);
    // Balanced two-line transactions written straight (the balance triggers off): the quiet worker's 30
    // rewards first, then 30,000 of the busy one's.
    const pay = (email: string, from: number, to: number) =>
      client.query(
        `WITH tx AS (
           INSERT INTO ledger_transactions (kind, reference, idempotency_key, memo)
           SELECT 'REWARD', 'test', $1 || g, 'Reward ' || g FROM generate_series($2::int, $3::int) g RETURNING id)
         INSERT INTO ledger_entries (transaction_id, account_id, amount)
         SELECT tx.id, x.account, x.amount FROM tx
          CROSS JOIN LATERAL (VALUES
            ((SELECT a.id FROM ledger_accounts a JOIN users u ON u.id = a.owner_id WHERE u.email = $1 AND a.type = 'WORKER_AVAILABLE'), 5::bigint),
            ((SELECT id FROM ledger_accounts WHERE type = 'PROVIDER_CLEARING'), -5::bigint)) AS x(account, amount)`,
        [email, from, to],
      );
    await client.query(`SET session_replication_role = replica`);
    await pay('quiet@example.org', 1, 30);
    await pay('busy@example.org', 31, 30_030);
    await client.query(`SET session_replication_role = DEFAULT`);
    await client.query('ANALYZE ledger_accounts, ledger_entries, ledger_transactions');
  });
  afterAll(() => client.end());

  it('shows the user’s own lines, newest first, without reading everyone else’s', async () => {
    const { rows } = await client.query(LEDGER_HISTORY_SQL, [quiet, WORKER_ACCOUNTS, 20, null]);
    expect(rows.map((r) => r.memo)).toEqual(Array.from({ length: 20 }, (_, i) => `Reward ${30 - i}`));
    const literal = LEDGER_HISTORY_SQL.replace('$1', `'${quiet}'`).replace('$2', `'{${WORKER_ACCOUNTS.join(',')}}'`).replaceAll('$3', '20').replace('$4', 'NULL');
    const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${literal}`);
    const top = plan[0]['QUERY PLAN'][0].Plan;
    // 30,000 transactions of two lines fill a few hundred pages.
    expect(top['Shared Hit Blocks'] + top['Shared Read Blocks']).toBeLessThan(80);
  });

  it('pages on before an entry, still along the user’s own lines', async () => {
    const newest = await client.query(LEDGER_HISTORY_SQL, [quiet, WORKER_ACCOUNTS, 5, null]);
    const before = newest.rows[4].id;
    const { rows } = await client.query(LEDGER_HISTORY_SQL, [quiet, WORKER_ACCOUNTS, 5, before]);
    expect(rows.map((r) => r.memo)).toEqual(['Reward 25', 'Reward 24', 'Reward 23', 'Reward 22', 'Reward 21']);
    const literal = LEDGER_HISTORY_SQL.replace('$1', `'${quiet}'`).replace('$2', `'{${WORKER_ACCOUNTS.join(',')}}'`).replaceAll('$3', '5').replace('$4', `'${before}'`);
    const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${literal}`);
    const top = plan[0]['QUERY PLAN'][0].Plan;
    expect(top['Shared Hit Blocks'] + top['Shared Read Blocks']).toBeLessThan(80);
  });
});
