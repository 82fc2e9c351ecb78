import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BARE_CLAIM, BARE_SUBMIT } from './bare-design.sql';
import { createTestDatabase } from './test-app';

// bench:dispatch compares machines with the bare design: it must do what the design
// does on today's schema, or its figure means nothing.
describe("bench:dispatch's bare design, on the real schema", () => {
  let db: pg.Pool;
  let projectId: string;
  let taskIds: string[];
  const workers: string[] = [];

  beforeAll(async () => {
    db = new pg.Pool({ connectionString: await createTestDatabase(), max: 2 });
    const { rows: [owner] } = await db.query(`INSERT INTO users (email, password_hash, display_name, roles) VALUES ('r@bare.test', 'x', 'R', '{REQUESTER}') RETURNING id`);
    const { rows: [project] } = await db.query(
      `INSERT INTO projects (owner_id, name, instructions, kind, config, reward_cents, overlap, lease_seconds) VALUES ($1, 'Bare', '', 'CLASSIFICATION', '{}', 1, 2, 600) RETURNING id`,
      [owner.id],
    );
    projectId = project.id;
    const { rows: [batch] } = await db.query(`INSERT INTO batches (project_id, name, status, item_count, published_at) VALUES ($1, 'b', 'PUBLISHED', 2, now()) RETURNING id`, [projectId]);
    const tasks = await db.query(
      `INSERT INTO tasks (project_id, batch_id, input, target_overlap, status) SELECT $1, $2, '{}', 2, 'OPEN' FROM generate_series(1, 2) RETURNING id`,
      [projectId, batch.id],
    );
    taskIds = tasks.rows.map((r) => r.id).sort((a, b) => Number(a) - Number(b));
    const users = await db.query(`INSERT INTO users (email, password_hash, display_name, roles) SELECT 'w' || g || '@bare.test', 'x', 'W', '{WORKER}' FROM generate_series(1, 3) g RETURNING id`);
    workers.push(...users.rows.map((r) => r.id));
  });
  afterAll(() => db?.end());

  const claim = async (worker: string, cursor = '0') => (await db.query({ ...BARE_CLAIM, values: [projectId, worker, cursor] })).rows[0];

  it('leases the oldest task with a free slot, never twice to a worker, and no more than its overlap', async () => {
    const first = await claim(workers[0]);
    expect(first.task_id).toBe(taskIds[0]);
    expect((await claim(workers[0])).task_id).toBe(taskIds[1]);
    expect(await claim(workers[0])).toBeUndefined();
    expect((await claim(workers[1])).task_id).toBe(taskIds[0]);
    // Both slots of both tasks are taken: a third worker gets nothing.
    expect((await claim(workers[1])).task_id).toBe(taskIds[1]);
    expect(await claim(workers[2])).toBeUndefined();
    const { rows } = await db.query(`SELECT live_count FROM tasks WHERE project_id = $1 ORDER BY id`, [projectId]);
    expect(rows.map((r) => r.live_count)).toEqual([2, 2]);
  });

  it('walks from the cursor it is given', async () => {
    const { rows } = await db.query(`UPDATE tasks SET live_count = 0 WHERE project_id = $1 RETURNING id`, [projectId]);
    expect(rows).toHaveLength(2);
    expect((await claim(workers[2], taskIds[0])).task_id).toBe(taskIds[1]);
  });

  it('stores the answer of a leased assignment once and counts it on its task', async () => {
    const { rows: [lease] } = await db.query(`SELECT id, task_id FROM assignments WHERE worker_id = $1 AND status = 'LEASED' ORDER BY id LIMIT 1`, [workers[0]]);
    const submit = () => db.query({ ...BARE_SUBMIT, values: [lease.id, workers[0], '{"label":"a"}'] });
    expect((await submit()).rows).toEqual([{ id: lease.task_id }]);
    expect((await submit()).rows).toEqual([]);
    const { rows: [stored] } = await db.query(`SELECT a.status, a.answer, t.submitted_count FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE a.id = $1`, [lease.id]);
    expect(stored).toEqual({ status: 'SUBMITTED', answer: { label: 'a' }, submitted_count: 1 });
  });
});
