import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

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
});
