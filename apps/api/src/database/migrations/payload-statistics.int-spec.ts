import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-app';
import { PAYLOAD_COLUMNS } from './1765000000000-payload-statistics';

/** The hot tables' columns that ANALYZE gave statistics, by table. */
async function analyzedColumns(client: pg.Client): Promise<Record<string, string[]>> {
  const { rows } = await client.query<{ tablename: string; attname: string }>(
    `SELECT tablename, attname FROM pg_stats WHERE schemaname = 'public' AND tablename IN ('tasks', 'assignments') ORDER BY attname`,
  );
  return { tasks: rows.filter((r) => r.tablename === 'tasks').map((r) => r.attname), assignments: rows.filter((r) => r.tablename === 'assignments').map((r) => r.attname) };
}

describe('planner statistics of the hot tables', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
    await client.query(`INSERT INTO users (email, password_hash, display_name, roles) VALUES ('w@example.org', 'x', 'W', '{WORKER}')`);
    await client.query(`INSERT INTO projects (owner_id, name, instructions, kind, config, reward_cents, overlap, lease_seconds) SELECT id, 'P', '', 'CLASSIFICATION', '{}', 1, 3, 600 FROM users`);
    await client.query(`INSERT INTO batches (project_id, name, status) SELECT id, 'B', 'PUBLISHED' FROM projects`);
    await client.query(`INSERT INTO tasks (project_id, batch_id, input, target_overlap, status, consensus, aggregate, is_gold, gold_answer, gold_explanation)
                        SELECT b.project_id, b.id, jsonb_build_object('text', 'item ' || g), 3, 'OPEN', '{"voteKey": "a"}', '{"label": "a"}', g % 10 = 0, '{"label": "a"}', 'why'
                          FROM batches b, generate_series(1, 500) g`);
    await client.query(`INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, answer, idempotency_key, reward_cents, vote_key)
                        SELECT t.id, t.project_id, u.id, 'SUBMITTED', now(), '{"label": "a"}', 'key-' || t.id, 1, 'a' FROM tasks t, users u`);
    await client.query('ANALYZE tasks, assignments');
  });

  afterAll(async () => {
    await client.end();
  });

  it('leaves out the payload columns, which nothing filters on, and keeps those the hot path plans with', async () => {
    const analyzed = await analyzedColumns(client);
    for (const [table, payload] of Object.entries(PAYLOAD_COLUMNS)) {
      for (const column of payload) expect(analyzed[table], `${table}.${column}`).not.toContain(column);
    }
    expect(analyzed['tasks']).toEqual(expect.arrayContaining(['id', 'project_id', 'batch_id', 'status', 'is_gold', 'submitted_count', 'live_count']));
    expect(analyzed['assignments']).toEqual(expect.arrayContaining(['id', 'task_id', 'worker_id', 'project_id', 'status', 'vote_key']));
  });
});
