import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { EventBus } from '../events/event-bus';

const REJECT = `mutation($ids: [ID!]!, $reason: String!) { rejectAssignments(ids: $ids, reason: $reason) { id status } }`;
const APPEAL = `mutation($id: ID!, $m: String!) { appealRejection(assignmentId: $id, message: $m) { appealId } }`;
const DECIDE = `mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "The worker is right") { appealStatus } }`;

describe('a task’s consensus after review', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('no longer counts a rejected answer, and counts it again once overturned on appeal', async () => {
    const requester = await t.user(Role.REQUESTER);
    const admin = await t.user(Role.ADMIN);
    const { projectId, batchId } = await publishedProject(t, requester.token, { items: 1, overlap: 3 });
    const answers: Record<string, string> = {};
    for (const label of ['positive', 'positive', 'negative']) {
      const worker = await t.user(Role.WORKER);
      const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect((await submit(t, worker.token, lease.id, label)).errors).toBeUndefined();
      answers[lease.id] = label;
      Object.assign(answers, { [`token:${lease.id}`]: worker.token });
    }
    const consensus = async () => (await t.sql(`SELECT consensus FROM tasks WHERE batch_id = $1`, [batchId]))[0].consensus;
    expect(await consensus()).toMatchObject({ voteKey: 'positive', votes: 2 });

    // The requester rejects both "positive" answers: the item's answer is now the one left.
    const positives = Object.keys(answers).filter((id) => answers[id] === 'positive');
    expect((await t.gql(REJECT, { ids: positives, reason: 'Did not read the review' }, requester.token)).errors).toBeUndefined();
    expect(await consensus()).toMatchObject({ voteKey: 'negative', votes: 1 });
    const exported = await (await fetch(`${t.url}/api/projects/${projectId}/export?format=jsonl`, { headers: { authorization: `Bearer ${requester.token}` } })).json();
    expect(exported).toMatchObject({ answer: 'negative', votes: 1 });

    // One of them overturned on appeal: it votes again, and a tie goes to the answer given first.
    const [first] = positives.sort((a, b) => Number(a) - Number(b));
    const appeal = await t.gql(APPEAL, { id: first, m: 'The review praises the sound, it is positive.' }, answers[`token:${first}`]);
    expect((await t.gql(DECIDE, { id: appeal.data?.appealRejection.appealId }, admin.token)).errors).toBeUndefined();
    expect(await consensus()).toMatchObject({ voteKey: 'positive', votes: 1 });
  });

  it('under dynamic overlap, opens a completed item again for one more answer when a rejection leaves it unsure', async () => {
    const requester = await t.user(Role.REQUESTER);
    const qualityRules = { minOverlap: 2, confidenceTarget: 0.9 };
    const { projectId, batchId } = await publishedProject(t, requester.token, { items: 2, overlap: 4, qualityRules });
    const heard: string[] = [];
    t.app.get(EventBus).onEvent((e) => e.projectId === projectId && heard.push(e.type === 'batch.progress' ? `progress ${e.completedCount}/${e.itemCount}` : e.type));
    const task = async () => (await t.sql(`SELECT status, target_overlap, submitted_count, consensus FROM tasks WHERE batch_id = $1 ORDER BY id LIMIT 1`, [batchId]))[0];
    const completedItems = async () => (await t.sql(`SELECT completed_count FROM batches WHERE id = $1`, [batchId]))[0].completed_count;
    const answerFirstItem = async () => {
      const worker = await t.user(Role.WORKER);
      const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect(lease.input).toEqual({ text: 'Review number 1' });
      expect((await submit(t, worker.token, lease.id, 'positive')).errors).toBeUndefined();
      return lease.id as string;
    };
    const first = await answerFirstItem();
    await answerFirstItem();
    await t.settle();
    expect(await task()).toMatchObject({ status: 'COMPLETED', target_overlap: 2, submitted_count: 2 });
    expect(await completedItems()).toBe(1);

    // One agreeing vote is left, short of the target: the item asks for a third answer.
    expect((await t.gql(REJECT, { ids: [first], reason: 'Answered before the text loaded' }, requester.token)).errors).toBeUndefined();
    expect(await task()).toMatchObject({ status: 'OPEN', target_overlap: 3, submitted_count: 2, consensus: { voteKey: 'positive', votes: 1 } });
    expect(await completedItems()).toBe(0);
    await t.settle();
    // The relay withdraws its votes (task.reopened) and the requester's progress moves back.
    expect(heard.filter((e) => e === 'task.reopened' || e.startsWith('progress'))).toEqual(['progress 1/2', 'task.reopened', 'progress 0/2']);

    // A third worker gets it, agrees, and the item completes again.
    await answerFirstItem();
    await t.settle();
    expect(await task()).toMatchObject({ status: 'COMPLETED', target_overlap: 3, submitted_count: 3, consensus: { voteKey: 'positive', votes: 2 } });
    expect(await completedItems()).toBe(1);
  });

  it('leaves an item complete when its project has no dynamic overlap', async () => {
    const requester = await t.user(Role.REQUESTER);
    const { projectId, batchId } = await publishedProject(t, requester.token, { items: 2, overlap: 2 });
    const ids: string[] = [];
    for (const label of ['positive', 'negative']) {
      const worker = await t.user(Role.WORKER);
      const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect((await submit(t, worker.token, lease.id, label)).errors).toBeUndefined();
      ids.push(lease.id);
    }
    expect((await t.gql(REJECT, { ids: [ids[1]], reason: 'Did not read the review' }, requester.token)).errors).toBeUndefined();
    const [first] = await t.sql(`SELECT status, target_overlap, consensus FROM tasks WHERE batch_id = $1 ORDER BY id LIMIT 1`, [batchId]);
    expect(first).toMatchObject({ status: 'COMPLETED', target_overlap: 2, consensus: { voteKey: 'positive', votes: 1 } });
  });
});
