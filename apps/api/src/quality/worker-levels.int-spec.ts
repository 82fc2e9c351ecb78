import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, CLAIM, LABELS, publishedProject } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { WorkerLevels1767340000000 } from '../database/migrations/1767340000000-worker-levels';

const LEVEL = `{ myLevel { level reviewed acceptedPercent next { level minReviewed minAcceptedPercent reviewedLeft acceptedShareMet } } }`;
const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`;
const REJECT = `mutation($ids: [ID!]!, $reason: String!) { rejectAssignments(ids: $ids, reason: $reason) { id } }`;
const APPEAL = `mutation($id: ID!, $m: String!) { appealRejection(assignmentId: $id, message: $m) { appealId } }`;
const DECIDE = `mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "Right after all") { appealStatus } }`;
const FEED = `{ availableProjects { id } }`;

describe('worker levels', () => {
  let t: TestApp;
  let requester: { token: string };
  let admin: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    admin = await t.user(Role.ADMIN);
  });
  afterAll(() => t.close());

  it('counts each reviewed answer once: accepted, rejected, and a rejection overturned on appeal as accepted', async () => {
    const worker = await t.user(Role.WORKER);
    expect((await t.gql(LEVEL, {}, worker.token)).data?.myLevel).toEqual({
      level: 1,
      reviewed: 0,
      acceptedPercent: null,
      next: { level: 2, minReviewed: 50, minAcceptedPercent: 90, reviewedLeft: 50, acceptedShareMet: true },
    });
    const { projectId } = await publishedProject(t, requester.token, { items: 10, overlap: 1 });
    const ids = await answerTasks(t, worker.token, projectId);
    expect(ids).toHaveLength(10);
    expect((await t.gql(ACCEPT, { ids: ids.slice(0, 8) }, requester.token)).errors).toBeUndefined();
    expect((await t.gql(REJECT, { ids: ids.slice(8, 10), reason: 'Did not read the text' }, requester.token)).errors).toBeUndefined();
    await t.settle();
    expect((await t.gql(LEVEL, {}, worker.token)).data?.myLevel).toMatchObject({ level: 1, reviewed: 10, acceptedPercent: 80, next: { reviewedLeft: 40, acceptedShareMet: false } });

    const appeal = await t.gql(APPEAL, { id: ids[8], m: 'The text is clearly positive.' }, worker.token);
    expect((await t.gql(DECIDE, { id: appeal.data?.appealRejection.appealId }, admin.token)).errors).toBeUndefined();
    await t.settle();
    expect((await t.gql(LEVEL, {}, worker.token)).data?.myLevel).toMatchObject({ reviewed: 10, acceptedPercent: 90 });
    expect(await t.sql(`SELECT accepted, rejected FROM worker_review_totals WHERE worker_id = $1`, [worker.id])).toEqual([{ accepted: 9, rejected: 1 }]);
  });

  it('keeps a project asking a level from workers below it, says why, and lets them in once they reach it', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 2, overlap: 1, qualityRules: { minLevel: 2 } });
    const worker = await t.user(Role.WORKER);
    const feed = async () => ((await t.gql(FEED, {}, worker.token)).data?.availableProjects as { id: string }[]).map((p) => p.id);
    expect(await feed()).not.toContain(projectId);
    const refused = await t.gql(CLAIM, { projectId }, worker.token);
    expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', fields: [], reason: { key: 'claim.level', params: { level: 2, yours: 1 } } });
    expect(refused.errors?.[0].message).toBe('This project needs level 2 or above; you are level 1');

    // 45 of 50 accepted: 90 %, level 2.
    await t.sql(`INSERT INTO worker_review_totals (worker_id, accepted, rejected) VALUES ($1, 45, 5)`, [worker.id]);
    expect((await t.gql(LEVEL, {}, worker.token)).data?.myLevel).toMatchObject({ level: 2, reviewed: 50, acceptedPercent: 90, next: { level: 3, reviewedLeft: 450 } });
    expect(await feed()).toContain(projectId);
    expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.project.id).toBe(projectId);

    // One more rejection: 45 of 51 is 88 %, back to level 1, and the next claim is refused again.
    await t.sql(`UPDATE worker_review_totals SET rejected = 6 WHERE worker_id = $1`, [worker.id]);
    const other = await t.user(Role.WORKER);
    await t.sql(`INSERT INTO worker_review_totals (worker_id, accepted, rejected) VALUES ($1, 4850, 150)`, [other.id]);
    expect((await t.gql(LEVEL, {}, other.token)).data?.myLevel).toMatchObject({ level: 4, next: null });
    const { projectId: top } = await publishedProject(t, requester.token, { items: 1, overlap: 1, qualityRules: { minLevel: 4 } });
    expect((await t.gql(CLAIM, { projectId: top }, worker.token)).errors?.[0].extensions?.reason).toEqual({ key: 'claim.level', params: { level: 4, yours: 1 } });
    expect((await t.gql(CLAIM, { projectId: top }, other.token)).data?.claimNext.project.id).toBe(top);
  });

  it('takes a minimum level of 2 to 4 only, and shows it in the project’s rules', async () => {
    const create = (minLevel: number) =>
      t.gql(
        `mutation($input: CreateProjectInput!) { createProject(input: $input) { id qualityRules { minLevel } } }`,
        { input: { name: 'Levels', instructions: 'x', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1, qualityRules: { minLevel } } },
        requester.token,
      );
    for (const bad of [1, 5]) expect((await create(bad)).errors?.[0].extensions?.fields?.[0].path).toBe('qualityRules.minLevel');
    const made = await create(3);
    expect(made.errors?.[0].message).toBeUndefined();
    expect(made.data?.createProject.qualityRules).toEqual({ minLevel: 3 });
  });

  it('starts from the answers as they are, events still to relay included, a task given back not counted', async () => {
    const worker = await t.user(Role.WORKER);
    const { projectId } = await publishedProject(t, requester.token, { items: 4, overlap: 1 });
    const ids = await answerTasks(t, worker.token, projectId, 'positive', 3);
    const skipped = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.id;
    await t.gql(`mutation($id: ID!) { skipAssignment(assignmentId: $id) { id } }`, { id: skipped }, worker.token);
    await t.gql(ACCEPT, { ids: ids.slice(0, 2) }, requester.token);
    await t.settle();
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      // One transaction, as migrations run; a rejection whose event the relay has not taken yet.
      const db = { query: (text: string, params?: unknown[]) => client.query(text, params).then((r) => r.rows) } as unknown as QueryRunner;
      const migration = new WorkerLevels1767340000000();
      await client.query('BEGIN');
      await migration.down(db);
      await client.query(`UPDATE assignments SET status = 'REJECTED' WHERE id = $1`, [ids[2]]);
      await client.query(
        `INSERT INTO event_outbox (event) VALUES (jsonb_build_object('type', 'assignment.rejected', 'projectId', $1::text, 'assignmentId', $2::text, 'id', gen_random_uuid(), 'at', now()))`,
        [projectId, ids[2]],
      );
      await migration.up(db);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    await t.settle();
    // Once relayed, the rejection counts once; the task given back, never.
    expect(await t.sql(`SELECT accepted, rejected FROM worker_review_totals WHERE worker_id = $1`, [worker.id])).toEqual([{ accepted: 2, rejected: 1 }]);
  });
});
