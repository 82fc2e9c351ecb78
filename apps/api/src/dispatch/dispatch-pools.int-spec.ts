import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';
import { HOT_PATH_SETTINGS } from './hot-path-plans';
import { FAST_ANSWERS } from './submit.sql';

/** The fullest answer with the next lease: the fast-answer step, every eligibility check. */
const FAST_ANSWER_AND_CLAIM = FAST_ANSWERS[0]!.withClaim;

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

/**
 * The answer's statement names no queue table: autovacuum visits event_outbox every minute under load,
 * and a VACUUM of a table a prepared statement names makes every connection plan it again (5–9 ms each
 * for this one, all at once). Its events go through emit_event() instead (submit.sql.ts).
 */
describe('the answer with the next lease, prepared on a kept connection', () => {
  let client: pg.Client;
  const nulls = Array<null>(17).fill(null);
  /** How long PostgreSQL took to get the statement's plan: about 0.05 ms from its cache, 1–9 ms to plan it. */
  const planningMs = async () => {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (SUMMARY ON) EXECUTE ${FAST_ANSWER_AND_CLAIM.name}(${nulls.map(() => 'NULL').join(', ')})`);
    return Number(/Planning Time: ([\d.]+) ms/.exec(rows.map((r) => r['QUERY PLAN']).join('\n'))![1]);
  };

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase(), options: HOT_PATH_SETTINGS });
    await client.connect();
    // Runs with no assignment: writes nothing.
    await client.query({ ...FAST_ANSWER_AND_CLAIM, values: nulls });
  });
  afterAll(() => client.end());

  it('keeps its plan when the outbox is vacuumed', async () => {
    await planningMs();
    // Dead rows, then a VACUUM that records them gone, as autovacuum's does.
    await client.query(`INSERT INTO event_outbox (event) SELECT '{}'::jsonb FROM generate_series(1, 2000)`);
    await client.query('DELETE FROM event_outbox');
    await client.query('VACUUM event_outbox');
    const afterVacuum = await planningMs();
    // The control: the same statement planned again.
    await client.query('DISCARD PLANS');
    const replanned = await planningMs();
    expect(replanned).toBeGreaterThan(5 * afterVacuum);
  });
});
