import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { DispatchService } from '../dispatch/dispatch.service';

const GOLD_ITEMS = `query($p: ID!, $offset: Int, $limit: Int) { goldItems(projectId: $p, offset: $offset, limit: $limit) { total items { id input goldAnswer explanation answers rightShare } } }`;
const CONTESTS = `query($p: ID) { goldContests(projectId: $p) { id projectId } }`;
const ADD_GOLD = `mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id } }`;

describe('goldItems and goldContests(projectId): a requester reads their project’s gold', () => {
  let t: TestApp;
  let owner: { token: string; id: string };
  beforeAll(async () => {
    t = await startTestApp();
    owner = await t.user(Role.REQUESTER);
    await topUp(t, owner.token, 10_000);
  });
  afterAll(() => t.close());

  async function goldProject(gold: string[]): Promise<string> {
    const input = { name: 'Gold', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2, goldRatio: 0.5 };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, owner.token)).data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: [{ text: 'a' }, { text: 'b' }] } }, owner.token);
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batch.data?.createBatch.id }, owner.token);
    const items = gold.map((text, i) => ({ input: { text }, answer: { label: 'negative' }, ...(i === 0 && { explanation: 'It broke.' }) }));
    expect((await t.gql(ADD_GOLD, { input: { projectId, items } }, owner.token)).errors).toBeUndefined();
    return projectId;
  }

  it('pages the gold items with their answer, explanation, and how many workers answered them and how well', async () => {
    const projectId = await goldProject(['g1', 'g2', 'g3']);
    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0; // gold first
    const scored = new Map<string, number[]>();
    try {
      for (const label of ['negative', 'positive']) {
        const worker = await t.user(Role.WORKER);
        const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
        expect(lease.input.text).toMatch(/^g/);
        expect((await submit(t, worker.token, lease.id, label)).errors).toBeUndefined();
        scored.set(lease.input.text, [...(scored.get(lease.input.text) ?? []), label === 'negative' ? 1 : 0]);
      }
    } finally {
      dispatch.random = Math.random;
    }

    const first = (await t.gql(GOLD_ITEMS, { p: projectId, limit: 2 }, owner.token)).data?.goldItems;
    expect(first.total).toBe(3);
    expect(first.items.map((i: { input: { text: string } }) => i.input.text)).toEqual(['g1', 'g2']);
    expect(first.items[0]).toMatchObject({ goldAnswer: { label: 'negative' }, explanation: 'It broke.' });
    const rest = (await t.gql(GOLD_ITEMS, { p: projectId, offset: 2, limit: 2 }, owner.token)).data?.goldItems;
    expect(rest.items.map((i: { input: { text: string } }) => i.input.text)).toEqual(['g3']);
    for (const item of [...first.items, ...rest.items]) {
      const scores = scored.get(item.input.text) ?? [];
      expect(item.answers).toBe(scores.length);
      expect(item.rightShare).toBe(scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null);
    }
  });

  it('says NOT_FOUND to anyone but the owner, names bad arguments, and has no gold for a project without it', async () => {
    const projectId = await goldProject(['x']);
    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(GOLD_ITEMS, { p: projectId }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(GOLD_ITEMS, { p: 'nope', offset: -1, limit: 101 }, owner.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['projectId', 'offset', 'limit']);
    const plain = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input: { name: 'Plain', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1 } }, owner.token)).data?.createProject.id;
    expect((await t.gql(GOLD_ITEMS, { p: plain }, owner.token)).data?.goldItems).toEqual({ total: 0, items: [] });
  });

  it('filters open gold contests by project on the server', async () => {
    const [mine, other] = [await goldProject(['c1']), await goldProject(['c2'])];
    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0;
    try {
      for (const projectId of [mine, other]) {
        const worker = await t.user(Role.WORKER);
        const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
        await submit(t, worker.token, lease.id, 'positive');
        const contest = await t.gql(`mutation($a: ID!, $m: String!) { contestGold(assignmentId: $a, message: $m) { id } }`, { a: lease.id, m: 'This review is plainly positive.' }, worker.token);
        expect(contest.errors).toBeUndefined();
      }
    } finally {
      dispatch.random = Math.random;
    }
    expect((await t.gql(CONTESTS, { p: mine }, owner.token)).data?.goldContests.map((c: { projectId: string }) => c.projectId)).toEqual([mine]);
    expect((await t.gql(CONTESTS, {}, owner.token)).data?.goldContests.map((c: { projectId: string }) => c.projectId)).toEqual(expect.arrayContaining([mine, other]));
    expect((await t.gql(CONTESTS, { p: mine }, (await t.user(Role.REQUESTER)).token)).data?.goldContests).toEqual([]);
    const bad = await t.gql(CONTESTS, { p: 'nope' }, owner.token);
    expect(bad.errors?.[0].extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['projectId']);
  });
});
