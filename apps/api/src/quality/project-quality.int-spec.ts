import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, publishedProject } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { BatchAcceptances1765700000000 } from '../database/migrations/1765700000000-batch-acceptances';
import { LATEST_ANSWERS_SQL, QUALITY_SAMPLE_ITEMS } from './project-quality.sql';

const QUALITY = `query($p: ID!) { projectQuality(projectId: $p) { alpha measuredItems confidence { from items } acceptedAnswers rejectedAnswers answersSaved costPerAcceptedCents } }`;

describe('a project’s quality summary', () => {
  let t: TestApp;
  let requester: { token: string; id: string };
  let admin: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    admin = await t.user(Role.ADMIN);
  });
  afterAll(() => t.close());

  /** What the summary's totals should be, counted from the answers themselves. */
  const counted = async (projectId: string) =>
    (
      await t.sql(
        `SELECT count(*) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted, count(*) FILTER (WHERE a.status = 'REJECTED')::int AS rejected,
                coalesce(sum(a.reward_cents + e.fee_cents) FILTER (WHERE a.status = 'ACCEPTED'), 0)::int AS paid
           FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN batch_escrows e ON e.batch_id = t.batch_id
          WHERE a.project_id = $1 AND NOT a.is_gold`,
        [projectId],
      )
    )[0];

  it('counts accepted and rejected answers as they are decided, an overturned appeal included, and what each accepted answer cost', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 10, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const ids = await answerTasks(t, worker.token, projectId);
    await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`, { ids: ids.slice(0, 6) }, requester.token);
    await t.gql(`mutation($ids: [ID!]!) { rejectAssignments(ids: $ids, reason: "Wrong label") { id } }`, { ids: ids.slice(6, 8) }, requester.token);
    const appealId = (await t.gql(`mutation($id: ID!) { appealRejection(assignmentId: $id, message: "My label matches the instructions.") { appealId } }`, { id: ids[6] }, worker.token)).data?.appealRejection.appealId;
    await t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "Right") { appealStatus } }`, { id: appealId }, admin.token);
    await t.settle();

    const quality = (await t.gql(QUALITY, { p: projectId }, requester.token)).data?.projectQuality;
    const expected = await counted(projectId);
    expect(expected).toMatchObject({ accepted: 7, rejected: 1 });
    expect(quality).toMatchObject({ acceptedAnswers: 7, rejectedAnswers: 1, costPerAcceptedCents: Math.round(expected.paid / 7), measuredItems: 10, answersSaved: 0 });
    // The item whose only answer stays rejected has no answer, so no confidence: 9 of the 10 have one.
    expect(quality.confidence.reduce((n: number, b: { items: number }) => n + b.items, 0)).toBe(9);
  });

  it('measures agreement and confidence on the latest completed items, reading only them', async () => {
    const { projectId, batchId } = await publishedProject(t, requester.token, { items: 1, overlap: 2 });
    const [a, b] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    // 3,000 completed items answered twice, straight in SQL: on the 1,000 oldest the workers disagree, on
    // the latest they agree (half the items positive, half negative).
    await t.sql(
      `WITH items AS (
         INSERT INTO tasks (project_id, batch_id, input, target_overlap, status, submitted_count, consensus)
         SELECT $1, $2, jsonb_build_object('text', 'old ' || g), 2, 'COMPLETED', 2, jsonb_build_object('voteKey', 'positive', 'confidence', CASE WHEN g <= 1000 THEN 0.6 ELSE 0.95 END)
           FROM generate_series(1, 3000) g RETURNING id, (input->>'text') AS text)
       INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, answer, reward_cents, submitted_at, vote_key)
       SELECT i.id, $1, w.worker, 'SUBMITTED', now(), jsonb_build_object('label', l.label), 5, now(), l.label
         FROM items i CROSS JOIN LATERAL (VALUES ($3::uuid, 1), ($4::uuid, 2)) AS w(worker, n)
         CROSS JOIN LATERAL (SELECT split_part(i.text, ' ', 2)::int AS g) n
         CROSS JOIN LATERAL (SELECT CASE WHEN (n.g % 2 = 0) <> (n.g <= 1000 AND w.n = 2) THEN 'positive' ELSE 'negative' END AS label) l`,
      [projectId, batchId, a.id, b.id],
    );
    // And 60,000 answers of other projects.
    await t.sql(
      `INSERT INTO assignments (task_id, project_id, worker_id, status, lease_expires_at, answer, reward_cents, submitted_at, vote_key)
       SELECT -g, gen_random_uuid(), $1, 'SUBMITTED', now(), '{"label":"positive"}', 5, now(), 'positive' FROM generate_series(1, 60000) g`,
      [a.id],
    );
    await t.sql('ANALYZE tasks, assignments');
    const quality = (await t.gql(QUALITY, { p: projectId }, requester.token)).data?.projectQuality;
    expect(quality.measuredItems).toBe(QUALITY_SAMPLE_ITEMS);
    expect(quality.alpha).toBeCloseTo(1, 6); // the 2,000 latest: every pair agrees
    expect(quality.confidence).toEqual([
      { from: 0, items: 0 },
      { from: 0.5, items: 0 },
      { from: 0.7, items: 0 },
      { from: 0.9, items: 2000 },
      { from: 0.99, items: 0 },
    ]);
    // The statement walks the latest items and their answers by index, whatever the other answers.
    const literal = LATEST_ANSWERS_SQL.replaceAll('$1', `'${projectId}'`).replaceAll('$2', '50');
    const [{ 'QUERY PLAN': [{ Plan: plan }] }] = await t.sql(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${literal}`);
    expect(plan['Actual Rows']).toBe(100);
    expect(plan['Shared Hit Blocks'] + plan['Shared Read Blocks']).toBeLessThan(300); // of about 1,500
  });

  it('counts the decisions made before the migration', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const ids = await answerTasks(t, worker.token, projectId);
    await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`, { ids: ids.slice(0, 2) }, requester.token);
    const before = await t.sql(`SELECT id, accepted_count, accepted_reward_cents FROM batches ORDER BY id`);
    const migration = new BatchAcceptances1765700000000();
    const db = { query: (text: string) => t.sql(text) } as unknown as QueryRunner;
    await migration.down(db);
    await migration.up(db);
    expect(await t.sql(`SELECT id, accepted_count, accepted_reward_cents FROM batches ORDER BY id`)).toEqual(before);
    expect((await t.gql(QUALITY, { p: projectId }, requester.token)).data?.projectQuality).toMatchObject({ acceptedAnswers: 2, rejectedAnswers: 0 });
  });
});
