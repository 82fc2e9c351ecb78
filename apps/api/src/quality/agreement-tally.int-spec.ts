import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { AgreementTallies1765200000000 } from '../database/migrations/1765200000000-agreement-tallies';

const FLAGS = `query($p: ID!) { myStanding(projectId: $p) { flags { kind detail } } }`;
const RETURN = `mutation($p: ID!, $w: ID!) { returnWorkerAnswers(projectId: $p, workerId: $w, reason: "Banned for copying answers") }`;

describe('agreement tallies: each completed item counted once, reopened items withdrawn, as relayed', () => {
  let t: TestApp;
  let requester: { token: string; id: string };
  type Worker = { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    await topUp(t, requester.token, 100_000);
  });
  afterAll(() => t.close());

  async function ruledProject(items: number): Promise<string> {
    const input = { name: 'Agree', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 3, qualityRules: { flagBelowAgreement: 0.6 } };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, requester.token)).data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: Array.from({ length: items }, (_, i) => ({ text: `i${i}` })) } }, requester.token);
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batch.data?.createBatch.id }, requester.token);
    return projectId;
  }

  async function answerAll(projectId: string, worker: Worker, label: string, most = Infinity): Promise<void> {
    let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    for (let n = 0; lease && n < most; n++) lease = (await submit(t, worker.token, lease.id, label)).data?.submitAnswer.next;
  }

  const tallies = (projectId: string) =>
    t.sql<{ worker_id: string; items: number; agreed: number }>(`SELECT worker_id, items, agreed FROM worker_agreement WHERE project_id = $1 ORDER BY items DESC, agreed DESC, worker_id`, [projectId]);
  const tallyOf = async (projectId: string, worker: Worker) => (await tallies(projectId)).find((r) => r.worker_id === worker.id) ?? null;

  it('counts each completed item once, even when its completion is relayed twice', async () => {
    const projectId = await ruledProject(4);
    const workers: Worker[] = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    await answerAll(projectId, workers[0], 'positive');
    await answerAll(projectId, workers[1], 'positive');
    await answerAll(projectId, workers[2], 'negative');
    await t.settle();
    expect(await tallyOf(projectId, workers[0])).toMatchObject({ items: 4, agreed: 4 });
    expect(await tallyOf(projectId, workers[2])).toMatchObject({ items: 4, agreed: 0 });
    // The same completions once more (an event relayed twice): nothing changes.
    await t.sql(
      `SELECT emit_event(jsonb_build_object('type', 'task.completed', 'projectId', project_id, 'batchId', batch_id, 'taskId', id::text, 'id', gen_random_uuid(), 'at', now()))
         FROM tasks WHERE project_id = $1`,
      [projectId],
    );
    await t.settle();
    expect(await tallyOf(projectId, workers[0])).toMatchObject({ items: 4, agreed: 4 });
    expect(await tallyOf(projectId, workers[2])).toMatchObject({ items: 4, agreed: 0 });
  });

  it('withdraws the items a returned worker reopened, and counts them again when others complete them', async () => {
    // 12 items, 11 of them completed: the batch runs on, so the worker's answers can be returned.
    const projectId = await ruledProject(12);
    const [a, b, cheat, fresh] = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    await answerAll(projectId, a, 'positive');
    await answerAll(projectId, cheat, 'negative');
    await answerAll(projectId, b, 'positive', 11);
    await t.settle();
    expect(await tallyOf(projectId, cheat)).toMatchObject({ items: 11, agreed: 0 });
    // The flag is raised by the relay pass in which the tally first reaches 10 items: that pass may
    // carry the 11th item too.
    expect((await t.gql(FLAGS, { p: projectId }, cheat.token)).data?.myStanding.flags).toEqual([
      { kind: 'LOW_AGREEMENT', detail: expect.stringMatching(/^Your answers agreed with the consensus on 0 of 1[01] items \(0%\); this project expects 60%$/) },
    ]);

    expect((await t.gql(RETURN, { p: projectId, w: cheat.id }, requester.token)).data?.returnWorkerAnswers).toBe(12);
    // Every item is open again (task.reopened, relayed): nobody's answers count until it completes again.
    await t.settle();
    expect((await tallies(projectId)).map((r) => [r.items, r.agreed])).toEqual([[0, 0], [0, 0], [0, 0]]);
    // A completion relayed late, for an item open again by now, counts nothing: the item's state decides.
    await t.sql(
      `SELECT emit_event(jsonb_build_object('type', 'task.completed', 'projectId', project_id, 'batchId', batch_id, 'taskId', id::text, 'id', gen_random_uuid(), 'at', now()))
         FROM tasks WHERE project_id = $1`,
      [projectId],
    );
    await t.settle();
    expect((await tallies(projectId)).map((r) => [r.items, r.agreed])).toEqual([[0, 0], [0, 0], [0, 0]]);
    // A new worker completes the 11 again, disagreeing on 5 of them (the 12th still lacks b's answer).
    let lease = (await t.gql(CLAIM, { projectId }, fresh.token)).data?.claimNext;
    for (let i = 0; lease; i++) lease = (await submit(t, fresh.token, lease.id, i % 2 ? 'negative' : 'positive')).data?.submitAnswer.next;
    await t.settle();
    expect(await tallyOf(projectId, a)).toMatchObject({ items: 11, agreed: 11 });
    expect(await tallyOf(projectId, fresh)).toMatchObject({ items: 11, agreed: 6 });
    expect(await tallyOf(projectId, cheat)).toMatchObject({ items: 0, agreed: 0 });
    expect((await t.gql(FLAGS, { p: projectId }, fresh.token)).data?.myStanding.flags).toEqual([
      { kind: 'LOW_AGREEMENT', detail: expect.stringMatching(/^Your answers agreed with the consensus on (5 of 10 items \(50%\)|6 of 11 items \(55%\)); this project expects 60%$/) },
    ]);
  });

  it('starts from the items completed so far when the tallies are created', async () => {
    const projectId = await ruledProject(5);
    const workers: Worker[] = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    for (const [i, w] of workers.entries()) await answerAll(projectId, w, i === 1 ? 'neutral' : 'positive');
    await t.settle();
    const before = await tallies(projectId);
    expect(before.map((r) => [r.items, r.agreed])).toEqual([[5, 5], [5, 5], [5, 0]]);
    const migration = new AgreementTallies1765200000000();
    const db = { query: (text: string) => t.sql(text) } as unknown as QueryRunner;
    await migration.down(db);
    await migration.up(db);
    expect(await tallies(projectId)).toEqual(before);
  });
});
