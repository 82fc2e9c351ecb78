import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';
import { CLAIMS } from './claim.sql';
import type { Prepared } from './dispatch-pools';
import { analyzeGrownTables, HOT_PATH_SETTINGS } from './hot-path-plans';
import { FAST_ANSWERS, READ_ASSIGNMENT, WRITE_ANSWER, WRITE_ANSWER_AND_CLAIM } from './submit.sql';

const NO_PROJECT = '00000000-0000-0000-0000-000000000000';
const NO_WORKER = '00000000-0000-0000-0000-000000000001';

/** Values that match nothing: the statement runs, and is planned, without writing anything. */
const noOp: [Prepared, unknown[]][] = [
  [READ_ASSIGNMENT, ['0', 0.7, 'project:']],
  ...Object.values(CLAIMS).flatMap(({ regular, gold }): [Prepared, unknown[]][] => [regular, gold].map((claim) => [claim, [NO_PROJECT, NO_WORKER, 600, 1, '0']])),
  ...FAST_ANSWERS.flatMap(({ alone, withClaim }): [Prepared, unknown[]][] => {
    const answer = ['0', NO_WORKER, NO_PROJECT, '"a"', 'key-00000', 'a', 0.7, 'project:', 0, null, 3, null, '{}', '{}'];
    return [[alone, answer], [withClaim, [...answer, 600, 1, '0']]];
  }),
  [WRITE_ANSWER, ['0', 'LEASED', '"a"', 'key-00000', null, 'a', '0', 0, null, false, false, false, null, '{}', '{}', null]],
  [WRITE_ANSWER_AND_CLAIM, ['0', 'LEASED', '"a"', 'key-00000', null, 'a', '0', 0, null, false, false, false, null, '{}', '{}', null, NO_PROJECT, NO_WORKER, 600, 1, '0']],
];

/**
 * The hot path's statements are planned once per connection and the plan is kept until ANALYZE. A new
 * deployment makes those plans on the statistics of an empty `assignments`, where reading a whole table
 * costs nothing; kept as the tables grew, such a plan read all of `assignments` at every answer (1,400
 * buffers and 14 ms instead of 12 buffers in bench:dispatch). analyzeGrownTables, run every minute with
 * the lease sweep, gives the plans the statistics of the tables as they grow.
 */
describe("the hot path's plans, made on a new deployment's empty tables", () => {
  let client: pg.Client;
  const db = { query: async (text: string, params?: unknown[]) => (await client.query(text, params)).rows } as Pick<DataSource, 'query'>;
  /** The cached plan's reads of `tasks` and `assignments` that are not bounded by an index condition. */
  const wholeReads = async ({ name }: Prepared, values: unknown[]) => {
    const literals = values.map((v) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v)));
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) EXECUTE ${name}(${literals.join(', ')})`);
    return unboundedReads(rows[0]!['QUERY PLAN'][0].Plan);
  };

  beforeAll(async () => {
    // As the hot path's connections plan: once per statement, generically. No autovacuum ANALYZE here.
    client = new pg.Client({ connectionString: await createTestDatabase(), options: HOT_PATH_SETTINGS });
    await client.connect();
    for (const table of ['users', 'projects', 'batches', 'tasks', 'assignments']) await client.query(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);
    await client.query(`INSERT INTO users (email, password_hash, display_name, roles) SELECT 'w' || g || '@example.org', 'x', 'W', '{WORKER}' FROM generate_series(1, 200) g`);
    await client.query(`INSERT INTO projects (owner_id, name, instructions, kind, config, reward_cents, overlap, lease_seconds)
                        SELECT id, 'P', '', 'CLASSIFICATION', '{}', 1, 3, 600 FROM users LIMIT 1`);
    await client.query(`INSERT INTO batches (project_id, name, status) SELECT id, 'B', 'PUBLISHED' FROM projects`);
    await client.query(`INSERT INTO tasks (project_id, batch_id, input, target_overlap, status) SELECT project_id, id, '{}', 3, 'OPEN' FROM batches, generate_series(1, 5)`);
    // As at a first publish: statistics of a few tasks and no assignment at all.
    await client.query('ANALYZE');
    for (const [statement, values] of noOp) await client.query({ ...statement, values });
    // Then the tables grow, with no ANALYZE to tell the plans.
    await client.query(`INSERT INTO tasks (project_id, batch_id, input, target_overlap, status) SELECT project_id, id, '{}', 3, 'OPEN' FROM batches, generate_series(1, 30000)`);
    await client.query(`INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, reward_cents)
                        SELECT t.id, t.project_id, u.id, 'SUBMITTED', now(), 1 FROM (SELECT id, project_id, row_number() OVER () AS n FROM tasks) t
                          JOIN (SELECT id, row_number() OVER () AS n FROM users) u ON u.n = t.n % 200 + 1`);
  }, 60_000);
  afterAll(() => client.end());

  it('read whole tables as the tables grow, until the grown tables are analyzed; then each walks indexes', async () => {
    expect(await wholeReads(READ_ASSIGNMENT, noOp[0]![1])).not.toEqual([]);

    // This session's row counts reach the statistics views at most a second later: now.
    await client.query('SELECT pg_stat_force_next_flush()');
    expect(await analyzeGrownTables(db)).toEqual(['tasks', 'assignments']);
    for (const [statement, values] of noOp) expect({ [statement.name]: await wholeReads(statement, values) }).toEqual({ [statement.name]: [] });

    // Analyzed again only once they have grown again by as many rows as they have.
    expect(await analyzeGrownTables(db)).toEqual([]);
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

const GROWING = /^(tasks|assignments)/;

/** Sequential scans of the growing tables, and index scans of theirs with no condition (whole-index walks). */
function unboundedReads(node: PlanNode): string[] {
  const table = node['Relation Name'] ?? node['Index Name'] ?? '';
  const whole = node['Node Type'] === 'Seq Scan' || (/Index/.test(node['Node Type']) && !node['Index Cond']);
  const own = GROWING.test(table) && whole ? [`${node['Node Type']} on ${table}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(unboundedReads)];
}
