import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, publishedProject, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const HISTORY = `query($before: ID, $limit: Int) { myBalanceHistory(before: $before, limit: $limit) { nextBefore lines { id kind account amountCents currency memo memoKey memoParams } } }`;
const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status } }`;

describe('myBalanceHistory: a requester’s money lines, newest first, paged', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the top-up, the escrow reserved at publish and an answer paid from it, page by page, to its owner only', async () => {
    const requester = await t.user(Role.REQUESTER);
    const stranger = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, requester.token, { items: 2, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const [first] = await answerTasks(t, worker.token, projectId, 'positive', 1);
    expect((await t.gql(ACCEPT, { ids: [first] }, requester.token)).errors).toBeUndefined();

    const all = (await t.gql(HISTORY, { limit: 10 }, requester.token)).data?.myBalanceHistory;
    expect(all.nextBefore).toBeNull();
    // 2 items × 1 answer × (5 ¢ + 1 ¢ fee) reserved from the balance into the batch's escrow; the
    // accepted answer's 6 ¢ leaves the escrow.
    expect(all.lines.map((l: { kind: string; account: string; amountCents: number }) => [l.kind, l.account, l.amountCents])).toEqual([
      ['ACCEPT', 'BATCH_ESCROW', -6],
      ['ESCROW_RESERVE', 'BATCH_ESCROW', 12],
      ['ESCROW_RESERVE', 'REQUESTER_BALANCE', -12],
      ['TOP_UP', 'REQUESTER_BALANCE', 100],
    ]);
    expect(all.lines[2]).toMatchObject({ currency: 'EUR', memo: 'Escrow for a batch of 2 items', memoKey: 'memo.escrow', memoParams: { count: 2 } });

    const firstPage = (await t.gql(HISTORY, { limit: 3 }, requester.token)).data?.myBalanceHistory;
    expect(firstPage.lines.map((l: { id: string }) => l.id)).toEqual(all.lines.slice(0, 3).map((l: { id: string }) => l.id));
    expect(firstPage.nextBefore).toBe(all.lines[2].id);
    const lastPage = (await t.gql(HISTORY, { limit: 3, before: firstPage.nextBefore }, requester.token)).data?.myBalanceHistory;
    expect(lastPage).toEqual({ nextBefore: null, lines: [all.lines[3]] });

    expect((await t.gql(HISTORY, {}, stranger.token)).data?.myBalanceHistory).toEqual({ nextBefore: null, lines: [] });
    expect((await t.gql(HISTORY, {}, worker.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('names a bad cursor and a bad page size', async () => {
    const requester = await t.user(Role.REQUESTER);
    const bad = await t.gql(HISTORY, { before: 'last', limit: 0 }, requester.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['before', 'limit']);
  });
});

const EARNINGS = `query($before: ID, $limit: Int) { myEarningsHistory(before: $before, limit: $limit) { nextBefore lines { id transactionId kind account amountCents memoKey } } }`;
const BONUS = `mutation($input: GrantBonusInput!) { grantBonus(input: $input) { applied } }`;
const PAYOUT = `mutation($amountCents: Int!) { requestPayout(amountCents: $amountCents) { status } }`;

type Line = { id: string; transactionId: string; kind: string; account: string; amountCents: number };

describe('myEarningsHistory: a worker’s earnings lines, newest first, paged', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists every accepted answer, past the latest page, to that worker only', async () => {
    const requester = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, requester.token, { items: 5, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const ids = await answerTasks(t, worker.token, projectId);
    // One acceptance at a time: each is its own line.
    for (const id of ids) expect((await t.gql(ACCEPT, { ids: [id] }, requester.token)).errors).toBeUndefined();

    const all = (await t.gql(EARNINGS, { limit: 100 }, worker.token)).data?.myEarningsHistory;
    expect(all.nextBefore).toBeNull();
    expect(all.lines).toHaveLength(5);
    expect(all.lines.every((l: { kind: string; amountCents: number }) => l.kind === 'ACCEPT' && l.amountCents === 5)).toBe(true);
    const lineIds = all.lines.map((l: { id: string }) => l.id);
    expect([...lineIds].sort((a: string, b: string) => Number(b) - Number(a))).toEqual(lineIds);

    const pages: string[][] = [];
    let before: string | null = null;
    do {
      const page: { nextBefore: string | null; lines: { id: string }[] } = (await t.gql(EARNINGS, { limit: 2, before }, worker.token)).data?.myEarningsHistory;
      pages.push(page.lines.map((l) => l.id));
      before = page.nextBefore;
    } while (before);
    expect(pages).toEqual([lineIds.slice(0, 2), lineIds.slice(2, 4), lineIds.slice(4)]);

    expect((await t.gql(EARNINGS, {}, (await t.user(Role.WORKER)).token)).data?.myEarningsHistory).toEqual({ nextBefore: null, lines: [] });
    expect((await t.gql(EARNINGS, {}, requester.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('never splits a transaction across two pages: a payout’s two lines come on one page, every line once', async () => {
    const requester = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const answers = await answerTasks(t, worker.token, projectId);
    for (const id of answers) expect((await t.gql(ACCEPT, { ids: [id] }, requester.token)).errors).toBeUndefined();
    await topUp(t, requester.token, 2000);
    const bonus = await t.gql(BONUS, { input: { assignmentId: answers[0], amountCents: 1200, message: 'Thanks', idempotencyKey: randomUUID() } }, requester.token);
    expect(bonus.errors).toBeUndefined();
    // Two payouts, each requested (Available → On the way: two lines of one transaction) and paid at once
    // by the sandbox (On the way → out: one line).
    for (let i = 0; i < 2; i += 1) expect((await t.gql(PAYOUT, { amountCents: 500 }, worker.token)).data?.requestPayout.status).toBe('PAID');

    const all: { nextBefore: string | null; lines: Line[] } = (await t.gql(EARNINGS, { limit: 100 }, worker.token)).data?.myEarningsHistory;
    expect(all.nextBefore).toBeNull();
    expect(all.lines.map((l) => [l.kind, l.account, l.amountCents])).toEqual([
      ['PAYOUT_SETTLE', 'PAYOUTS_IN_FLIGHT', -500],
      ['PAYOUT_REQUEST', 'PAYOUTS_IN_FLIGHT', 500],
      ['PAYOUT_REQUEST', 'WORKER_AVAILABLE', -500],
      ['PAYOUT_SETTLE', 'PAYOUTS_IN_FLIGHT', -500],
      ['PAYOUT_REQUEST', 'PAYOUTS_IN_FLIGHT', 500],
      ['PAYOUT_REQUEST', 'WORKER_AVAILABLE', -500],
      ['BONUS', 'WORKER_AVAILABLE', 1200],
      ['ACCEPT', 'WORKER_AVAILABLE', 5],
      ['ACCEPT', 'WORKER_AVAILABLE', 5],
      ['ACCEPT', 'WORKER_AVAILABLE', 5],
    ]);
    // The latest payout's two lines are the 2nd and 3rd: a page of 2 used to end between them.
    expect(all.lines[1].transactionId).toBe(all.lines[2].transactionId);

    const pagesOf = async (limit: number) => {
      const pages: Line[][] = [];
      let before: string | null = null;
      do {
        const page: { nextBefore: string | null; lines: Line[] } = (await t.gql(EARNINGS, { limit, before }, worker.token)).data?.myEarningsHistory;
        pages.push(page.lines);
        before = page.nextBefore;
      } while (before && pages.length <= all.lines.length);
      return pages;
    };
    const ids = (lines: Line[]) => lines.map((l) => l.id);
    expect((await pagesOf(2)).map(ids)).toEqual([ids(all.lines.slice(0, 3)), ids(all.lines.slice(3, 6)), ids(all.lines.slice(6, 8)), ids(all.lines.slice(8))]);
    for (let limit = 1; limit <= all.lines.length; limit += 1) {
      const pages = await pagesOf(limit);
      expect(pages.flatMap(ids), `limit ${limit}`).toEqual(ids(all.lines)); // every line once, in order
      const pageOfTransaction = new Map<string, Set<number>>();
      pages.forEach((page, p) => page.forEach((l) => pageOfTransaction.set(l.transactionId, (pageOfTransaction.get(l.transactionId) ?? new Set()).add(p))));
      expect([...pageOfTransaction.values()].filter((onPages) => onPages.size > 1), `limit ${limit}`).toEqual([]);
      // Full pages but the last, and at most the rest of one transaction over the limit.
      for (const page of pages.slice(0, -1)) expect(page.length, `limit ${limit}`).toBeGreaterThanOrEqual(limit);
      for (const page of pages) expect(page.length, `limit ${limit}`).toBeLessThanOrEqual(limit + 1);
    }
  });
});

