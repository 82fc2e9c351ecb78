import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const TO_REVIEW = `query($p: ID!, $b: ID, $after: ID, $limit: Int) {
  answersToReview(projectId: $p, batchId: $b, after: $after, limit: $limit) { assignmentId taskId batchId workerId answer submittedAt input }
}`;
const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`;

describe('answersToReview: a project’s answers awaiting the requester, page by page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists submitted answers oldest first, pages on after the last one, leaves decided answers and other batches out', async () => {
    const requester = await t.user(Role.REQUESTER);
    const first = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const ids: string[] = [];
    for (let lease = (await t.gql(CLAIM, { projectId: first.projectId }, worker.token)).data?.claimNext; lease; ) {
      ids.push(lease.id);
      lease = (await submit(t, worker.token, lease.id, 'positive')).data?.submitAnswer.next;
    }
    expect(ids).toHaveLength(3);

    const page = async (vars: Record<string, unknown>, token = requester.token) => t.gql(TO_REVIEW, { p: first.projectId, ...vars }, token);
    const all = (await page({})).data?.answersToReview;
    expect(all.map((a: { assignmentId: string }) => a.assignmentId)).toEqual(ids);
    expect(all[0]).toMatchObject({ batchId: first.batchId, answer: { label: 'positive' }, input: { text: 'Review number 1' } });
    expect(all[0].workerId).toMatch(/^W-[0-9a-f]{8}$/); // a pseudonym, never the worker's id
    expect(all[0].workerId).not.toBe(worker.id);

    const firstTwo = (await page({ limit: 2 })).data?.answersToReview;
    const rest = (await page({ limit: 2, after: firstTwo[1].assignmentId })).data?.answersToReview;
    expect([...firstTwo, ...rest].map((a: { assignmentId: string }) => a.assignmentId)).toEqual(ids);

    expect((await t.gql(ACCEPT, { ids: [ids[0]] }, requester.token)).errors).toBeUndefined();
    expect((await page({})).data?.answersToReview.map((a: { assignmentId: string }) => a.assignmentId)).toEqual(ids.slice(1));
    expect((await page({ b: '00000000-0000-4000-8000-000000000000' })).data?.answersToReview).toEqual([]);
  });

  it('shows a requester only their own projects, and names a bad argument', async () => {
    const owner = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, owner.token, { items: 1, overlap: 1 });
    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(TO_REVIEW, { p: projectId }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(TO_REVIEW, { p: projectId, after: 'last', limit: 0 }, owner.token);
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.path)).toEqual(['after', 'limit']);
  });
});
