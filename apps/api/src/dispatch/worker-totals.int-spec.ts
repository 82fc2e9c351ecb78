import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, publishedProject } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { WorkerAnswerTotals1765800000000 } from '../database/migrations/1765800000000-worker-answer-totals';

const SUMMARY = `{ workerSummary { submitted earnedCents } }`;

describe('a worker’s totals on the feed', () => {
  let t: TestApp;
  let requester: { token: string };
  let admin: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    admin = await t.user(Role.ADMIN);
  });
  afterAll(() => t.close());

  /** The totals as the widget shows them once the answers’ events are relayed, and as counted from the answers. */
  async function totals(worker: { id: string; token: string }) {
    await t.settle();
    const shown = (await t.gql(SUMMARY, {}, worker.token)).data?.workerSummary;
    const [counted] = await t.sql(
      `SELECT count(*)::int AS submitted, coalesce(sum(reward_cents), 0)::int AS "earnedCents" FROM assignments WHERE worker_id = $1 AND status IN ('SUBMITTED', 'ACCEPTED')`,
      [worker.id],
    );
    expect(shown).toEqual(counted);
    return shown;
  }

  it('counts answers sent, takes back those rejected or returned, and gives back one accepted on appeal', async () => {
    const worker = await t.user(Role.WORKER);
    expect((await t.gql(SUMMARY, {}, worker.token)).data?.workerSummary).toEqual({ submitted: 0, earnedCents: 0 });
    // Six of seven items answered: the batch stays open, so answers can be returned later.
    const { projectId } = await publishedProject(t, requester.token, { items: 7, overlap: 1 });
    const ids = await answerTasks(t, worker.token, projectId, 'positive', 6);
    expect(await totals(worker)).toEqual({ submitted: 6, earnedCents: 30 });

    await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`, { ids: [ids[0]] }, requester.token);
    await t.gql(`mutation($ids: [ID!]!) { rejectAssignments(ids: $ids, reason: "Wrong label") { id } }`, { ids: ids.slice(1, 3) }, requester.token);
    expect(await totals(worker)).toEqual({ submitted: 4, earnedCents: 20 });

    const appealId = (await t.gql(`mutation($id: ID!) { appealRejection(assignmentId: $id, message: "My label matches the instructions.") { appealId } }`, { id: ids[1] }, worker.token)).data?.appealRejection.appealId;
    await t.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "Right") { appealStatus } }`, { id: appealId }, admin.token);
    expect(await totals(worker)).toEqual({ submitted: 5, earnedCents: 25 });

    // The three answers still waiting for review are returned (a ban): they were never earned.
    const RETURN = `mutation($p: ID!, $w: ID!) { returnWorkerAnswers(projectId: $p, workerId: $w, reason: "Copied answers") }`;
    expect((await t.gql(RETURN, { p: projectId, w: worker.id }, requester.token)).data?.returnWorkerAnswers).toBe(3);
    expect(await totals(worker)).toEqual({ submitted: 2, earnedCents: 10 });
  });

  it('starts from the answers as they are when the table is created, events still to relay included', async () => {
    const worker = await t.user(Role.WORKER);
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    await answerTasks(t, worker.token, projectId);
    await t.settle();
    const before = await t.sql(`SELECT worker_id, answers, reward_cents FROM worker_answer_totals ORDER BY worker_id`);
    // An answer whose event the relay has not taken yet: it is in the answers and in the outbox.
    const [pending] = await t.sql(`SELECT id::text, project_id FROM assignments WHERE worker_id = $1 LIMIT 1`, [worker.id]);
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      // One transaction, as migrations run (`transaction: 'each'`).
      const db = { query: (text: string, params?: unknown[]) => client.query(text, params).then((r) => r.rows) } as unknown as QueryRunner;
      const migration = new WorkerAnswerTotals1765800000000();
      await client.query('BEGIN');
      await migration.down(db);
      await client.query(
        `INSERT INTO event_outbox (event) VALUES (jsonb_build_object('type', 'assignment.submitted', 'projectId', $1::text, 'assignmentId', $2::text, 'id', gen_random_uuid(), 'at', now()))`,
        [pending.project_id, pending.id],
      );
      await migration.up(db);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    // Once relayed, that answer counts once.
    await t.settle();
    expect(await t.sql(`SELECT worker_id, answers, reward_cents FROM worker_answer_totals ORDER BY worker_id`)).toEqual(before);
    expect(await totals(worker)).toEqual({ submitted: 3, earnedCents: 15 });
  });
});
