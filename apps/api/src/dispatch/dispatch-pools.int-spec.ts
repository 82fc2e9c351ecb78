import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';

/**
 * What DispatchPools relies on to keep its connections for good: a statement prepared by name on a
 * connection (as pg sends the hot path's) is replanned once ANALYZE has updated its table's statistics,
 * so a plan made on an empty table does not outlive the table's growth.
 */
describe('named statements on a kept connection', () => {
  let client: pg.Client;
  const planOf = async () => {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>('EXPLAIN EXECUTE probe_by_key(7)');
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
    // One plan for every execution, as PostgreSQL settles on after five for the hot path's statements.
    await client.query('SET plan_cache_mode = force_generic_plan');
    // No autovacuum on it: its own ANALYZE landing mid-test would make the middle check flaky.
    await client.query('CREATE TABLE plan_probe (id serial PRIMARY KEY, k int NOT NULL) WITH (autovacuum_enabled = false)');
    await client.query('CREATE INDEX plan_probe_k ON plan_probe (k)');
    await client.query('ANALYZE plan_probe');
  });
  afterAll(() => client.end());

  it('are replanned after ANALYZE, and only then', async () => {
    await client.query({ name: 'probe_by_key', text: 'SELECT id FROM plan_probe WHERE k = $1', values: [7] });
    expect(await planOf()).toMatch(/Seq Scan/);

    await client.query('INSERT INTO plan_probe (k) SELECT i FROM generate_series(1, 100000) i');
    expect(await planOf()).toMatch(/Seq Scan/);

    await client.query('ANALYZE plan_probe');
    expect(await planOf()).toMatch(/Index (Only )?Scan using plan_probe_k|Bitmap Index Scan on plan_probe_k/);
  });
});
