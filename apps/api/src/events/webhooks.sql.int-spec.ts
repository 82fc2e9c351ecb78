import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';
import { DELIVERY_LOG_SQL, UNSENT_DELIVERIES_SQL } from './webhooks.sql';

interface PlanNode {
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
}

describe('webhook deliveries, many of them', () => {
  let client: pg.Client;
  let small: string;
  /** The pages a query reads (60,000 deliveries fill about 600). */
  const pagesRead = async (sql: string, values: unknown[]) => {
    const literals = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
    const text = sql.replace(/\$(\d)/g, (_, n: string) => literals[Number(n) - 1]!);
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`);
    const plan = rows[0]!['QUERY PLAN'][0].Plan;
    return plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
  };

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
    await client.query(`INSERT INTO users (email, password_hash, display_name, roles) VALUES ('r@example.org', 'x', 'R', '{REQUESTER}')`);
    await client.query(`INSERT INTO projects (owner_id, name, instructions, kind, config, reward_cents, overlap, lease_seconds)
                        SELECT id, name, '', 'CLASSIFICATION', '{}', 1, 3, 600 FROM users, unnest(ARRAY['small', 'busy']) AS name`);
    await client.query(`INSERT INTO project_webhooks (project_id, url, secret, events) SELECT id, 'https://example.org/' || name, 's', '{assignment.submitted}' FROM projects`);
    small = (await client.query(`SELECT id FROM projects WHERE name = 'small'`)).rows[0].id;
    // The small project's 30 deliveries came first; then 60,000 of the busy one's, all delivered.
    const deliveries = (name: string, n: number) =>
      client.query(
        `INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, payload, status, attempts)
         SELECT w.id, gen_random_uuid(), 'assignment.submitted', jsonb_build_object('n', g), 'DELIVERED', 1
           FROM project_webhooks w JOIN projects p ON p.id = w.project_id, generate_series(1, $2::int) g WHERE p.name = $1`,
        [name, n],
      );
    await deliveries('small', 30);
    await deliveries('busy', 60_000);
    await client.query('ANALYZE webhook_deliveries, project_webhooks');
  });
  afterAll(() => client.end());

  it('shows a project its own deliveries, newest first, without reading the others’', async () => {
    const { rows } = await client.query(DELIVERY_LOG_SQL, [small, 20]);
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => Number(r.id))).toEqual([...rows.map((r) => Number(r.id))].sort((a, b) => b - a));
    expect(Math.max(...rows.map((r) => Number(r.id)))).toBe(30);
    expect(await pagesRead(DELIVERY_LOG_SQL, [small, 20])).toBeLessThan(30);
  });

  it('finds deliveries never attempted without reading the delivered ones', async () => {
    expect(await pagesRead(UNSENT_DELIVERIES_SQL, [])).toBeLessThan(30);
  });
});
