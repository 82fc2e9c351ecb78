import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { WorkTimeSamples1765100000000 } from '../database/migrations/1765100000000-work-time-samples';
import { WorkTimeWorkers1767200000000 } from '../database/migrations/1767200000000-work-time-workers';

const RATE = `query($id: ID!) { project(id: $id) { hourlyRateCents } }`;

describe('working times kept for fair pay and the hourly rates', () => {
  let t: TestApp;
  let requester: { token: string; id: string };
  let busy: string;

  /** Answers `from`..`to` of a project straight in the database, answer g taking g seconds, newest last; their events relayed when `relay`. */
  async function answers(projectId: string, from: number, to: number, relay = true): Promise<void> {
    await t.sql(
      `WITH a AS (
         INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, reward_cents, created_at, submitted_at)
         SELECT -g, $1, gen_random_uuid(), 'SUBMITTED', now(), 5, now() - interval '10000 seconds', now() - make_interval(secs => 10000 - g)
           FROM generate_series($2::int, $3::int) g
         RETURNING id, project_id)
       SELECT emit_event(jsonb_build_object('type', 'assignment.submitted', 'projectId', project_id, 'assignmentId', id::text, 'id', gen_random_uuid(), 'at', now()))
         FROM a WHERE $4`,
      [projectId, from, to, relay],
    );
    await t.settle();
  }

  const kept = (projectId: string) =>
    t.sql(`SELECT count(*)::int AS n, min(work_ms) AS oldest, max(work_ms) AS newest, count(DISTINCT slot)::int AS slots FROM work_time_samples WHERE project_id = $1`, [projectId]);

  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    busy = (await publishedProject(t, requester.token, { items: 1, overlap: 1 })).projectId;
  });
  afterAll(() => t.close());

  it('measures an answer from its lease to its submission, once its event is relayed', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 2, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    await t.sql(`UPDATE assignments SET created_at = created_at - interval '42 seconds' WHERE id = $1`, [lease.id]);
    await submit(t, worker.token, lease.id, 'positive');
    await t.settle();
    const [sample] = await t.sql(`SELECT assignment_id::text, work_ms, is_gold FROM work_time_samples WHERE project_id = $1`, [projectId]);
    expect(sample).toMatchObject({ assignment_id: lease.id, is_gold: false });
    expect(sample.work_ms).toBeGreaterThanOrEqual(42_000);
    expect(sample.work_ms).toBeLessThan(47_000);
  });

  it('keeps the latest 1,000 answers of a project, each new one in place of the oldest', async () => {
    // 1,250 answers relayed in three passes of at most 500: the first 250 are overwritten.
    await answers(busy, 1, 1250);
    expect(await kept(busy)).toEqual([{ n: 1000, oldest: 251_000, newest: 1_250_000, slots: 1000 }]);
    expect(await t.sql(`SELECT written::int FROM work_time_cursors WHERE project_id = $1`, [busy])).toEqual([{ written: 1250 }]);
    // The median of 251..1,250 s is 750.5 s: 5 ¢ each is 23 ¢ an hour.
    expect((await t.gql(RATE, { id: busy }, requester.token)).data?.project.hourlyRateCents).toBe(23);
  });

  it('starts from the latest 1,000 answers of each project when the table is created', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    await answers(projectId, 1, 1100, false);
    const migration = new WorkTimeSamples1765100000000();
    const db = { query: (text: string) => t.sql(text) } as unknown as QueryRunner;
    await migration.down(db);
    await migration.up(db);
    // Then the samples learn whose answers they are, as the migrations run in order.
    await new WorkTimeWorkers1767200000000().up(db);
    expect(await t.sql(`SELECT count(*)::int AS n FROM work_time_samples s JOIN assignments a ON a.id = s.assignment_id WHERE s.worker_id <> a.worker_id`)).toEqual([{ n: 0 }]);
    expect(await kept(projectId)).toEqual([{ n: 1000, oldest: 101_000, newest: 1_100_000, slots: 1000 }]);
    expect(await kept(busy)).toEqual([{ n: 1000, oldest: 251_000, newest: 1_250_000, slots: 1000 }]);
    // Slot 0 holds the oldest kept, which the next answer replaces.
    await answers(projectId, 1101, 1101);
    expect(await kept(projectId)).toEqual([{ n: 1000, oldest: 102_000, newest: 1_101_000, slots: 1000 }]);
  });
});
