import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';
import type { QueryRunner } from 'typeorm';
import { WorkerRejections1765600000000 } from '../database/migrations/1765600000000-worker-rejections';
import { REJECTIONS_SQL } from './rejections.sql';

describe('a worker’s rejections page among many answers', () => {
  let client: pg.Client;
  let worker: string;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
    const { rows: users } = await client.query(
      `INSERT INTO users (email, password_hash, display_name, roles) VALUES ('w@example.org', 'x', 'W', '{WORKER}'), ('r@example.org', 'x', 'R', '{REQUESTER}') RETURNING id`,
    );
    [worker] = [users[0].id];
    const { rows: [project] } = await client.query(
      `INSERT INTO projects (owner_id, name, instructions, kind, config, reward_cents, overlap, lease_seconds) VALUES ($1, 'Reviews', '', 'CLASSIFICATION', '{}', 5, 1, 600) RETURNING id`,
      [users[1].id],
    );
    // 20,000 decided answers, one in 1,000 rejected (answer g decided g seconds after the first), then
    // an overturned appeal on answer 7,000.
    await client.query(
      `INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, answer, reward_cents, submitted_at)
       SELECT g, $1, $2, CASE WHEN g % 1000 = 0 THEN 'REJECTED' ELSE 'ACCEPTED' END, now(), jsonb_build_object('label', g), 5, now()
         FROM generate_series(1, 20000) g`,
      [project.id, worker],
    );
    await client.query(
      `INSERT INTO assignment_reviews (assignment_id, worker_id, decision, reason, reviewer_id, decided_at)
       SELECT id, worker_id, status, CASE WHEN status = 'REJECTED' THEN 'Wrong ' || task_id END, $1, now() - interval '1 day' + task_id * interval '1 second'
         FROM assignments`,
      [users[1].id],
    );
    const { rows: [appealed] } = await client.query(`SELECT id FROM assignments WHERE task_id = 7000`);
    await client.query(`INSERT INTO appeals (assignment_id, worker_id, message, status, decided_at) VALUES ($1, $2, 'Look again, please', 'OVERTURNED', now())`, [appealed.id, worker]);
    await client.query(`UPDATE assignment_reviews SET decision = 'ACCEPTED', decided_at = now() WHERE assignment_id = $1`, [appealed.id]);
    await client.query(`UPDATE assignments SET status = 'ACCEPTED' WHERE id = $1`, [appealed.id]);
    await client.query('ANALYZE assignments, assignment_reviews, appeals');
  });
  afterAll(() => client.end());

  it('lists the rejected answers and the overturned one, newest first, without reading the accepted ones', async () => {
    const { rows } = await client.query(REJECTIONS_SQL, [worker]);
    expect(rows.map((r) => [r.answer.label, r.appeal_status])).toEqual([
      [7000, 'OVERTURNED'],
      ...[20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 6, 5, 4, 3, 2, 1].map((k) => [k * 1000, null]),
    ]);
    const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${REJECTIONS_SQL.replaceAll('$1', `'${worker}'`)}`);
    const top = plan[0]['QUERY PLAN'][0].Plan;
    // The worker's 20,000 answers and decisions fill several hundred pages; the 20 rows shown read about
    // 7 each (their answer, decision and task, each through its primary key).
    expect(top['Shared Hit Blocks'] + top['Shared Read Blocks']).toBeLessThan(200);
  });

  it('names the worker on the decisions made before the migration', async () => {
    const migration = new WorkerRejections1765600000000();
    const db = { query: (text: string) => client.query(text).then((r) => r.rows) } as unknown as QueryRunner;
    await migration.down(db);
    await migration.up(db);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM assignment_reviews WHERE worker_id = $1`, [worker]);
    expect(rows).toEqual([{ n: 20000 }]);
    expect((await client.query(REJECTIONS_SQL, [worker])).rows).toHaveLength(20);
  });
});
