import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

describe('fair pay on a running batch: measured pay below the minimum', () => {
  let t: TestApp;
  let requester: { token: string; id: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    await topUp(t, requester.token, 10_000);
  });
  afterAll(() => t.close());

  /** 5 ¢ per task estimated at 10 s (18 €/h), then every answer measured at 60 s (3 €/h). */
  async function slowProject(fairPayPolicy?: string) {
    const input = { name: 'Slow', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1, estimatedSecondsPerTask: 10, fairPayPolicy };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, requester.token)).data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: Array.from({ length: 6 }, (_, i) => ({ text: `s${i}` })) } }, requester.token);
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batch.data?.createBatch.id }, requester.token);
    const worker = await t.user(Role.WORKER);
    const ids: string[] = [];
    let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    while (lease) {
      ids.push(lease.id);
      lease = (await submit(t, worker.token, lease.id, 'positive')).data?.submitAnswer.next;
    }
    // Once relayed, the answers' working times are measured (WorkTimes): each of them 60 s.
    await t.settle();
    await t.sql(`UPDATE work_time_samples SET work_ms = 60000 WHERE project_id = $1`, [projectId]);
    return { projectId, worker, ids };
  }

  it('warns the requester and tops up each accepted answer to the minimum hourly pay (TOP_UP)', async () => {
    const { projectId, worker, ids } = await slowProject();
    const project = (await t.gql(`query($id: ID!) { project(id: $id) { hourlyRateCents fairPayPolicy fairPayShortfall { measuredHourlyCents minimumHourlyCents topUpCents fairRewardCents } } }`, { id: projectId }, requester.token)).data?.project;
    expect(project).toEqual({
      hourlyRateCents: 300,
      fairPayPolicy: 'TOP_UP',
      fairPayShortfall: { measuredHourlyCents: 300, minimumHourlyCents: 900, topUpCents: 10, fairRewardCents: 15 },
    });
    await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { status } }`, { ids }, requester.token);
    const earnings = (await t.gql(`{ myEarnings { availableCents history { kind amountCents memo memoKey memoParams } } }`, {}, worker.token)).data?.myEarnings;
    // 6 answers × (5 ¢ reward + 10 ¢ top-up): 15 ¢ an answer at 60 s is 9.00 €/h.
    expect(earnings.availableCents).toBe(6 * 15);
    expect(earnings.history.filter((h: { kind: string }) => h.kind === 'BONUS')).toHaveLength(6);
    expect(earnings.history.find((h: { kind: string }) => h.kind === 'BONUS')).toMatchObject({
      memo: 'Bonus: Fair-pay top-up: measured pay €3.00/h is below the €9.00/h minimum',
      memoKey: 'memo.fairPay',
      memoParams: { hourlyCents: 300, minimumCents: 900, currency: 'EUR' },
    });
    // Accepting again pays no second top-up.
    await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { status } }`, { ids }, requester.token);
    expect((await t.gql(`{ myEarnings { availableCents } }`, {}, worker.token)).data?.myEarnings.availableCents).toBe(90);
  });

  it('counts unpaid gold in the time and not in the pay, measured and estimated', async () => {
    const { projectId, ids } = await slowProject();
    // Two of the six answers were gold items mixed into the work: 20 ¢ for 6 minutes is 2.00 €/h.
    await t.sql(`UPDATE work_time_samples SET is_gold = true WHERE assignment_id = ANY($1::bigint[])`, [ids.slice(0, 2)]);
    const project = (await t.gql(`query($id: ID!) { project(id: $id) { hourlyRateCents fairPayShortfall { measuredHourlyCents topUpCents fairRewardCents } } }`, { id: projectId }, requester.token)).data?.project;
    expect(project).toEqual({ hourlyRateCents: 200, fairPayShortfall: { measuredHourlyCents: 200, topUpCents: 18, fairRewardCents: 23 } });

    // Before any answer: the requester's 10 s at 5 ¢ (18 €/h), a quarter of the tasks gold while the project has gold to mix in.
    const input = { name: 'Gold mixed', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1, estimatedSecondsPerTask: 10, goldRatio: 0.25 };
    const mixed = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id hourlyRateCents } }`, { input }, requester.token)).data?.createProject;
    expect(mixed.hourlyRateCents).toBe(1800);
    await t.gql(`mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id } }`, { input: { projectId: mixed.id, items: [{ input: { text: 'gold' }, answer: { label: 'negative' } }] } }, requester.token);
    expect((await t.gql(`query($id: ID!) { project(id: $id) { hourlyRateCents } }`, { id: mixed.id }, requester.token)).data?.project.hourlyRateCents).toBe(1350);
  });

  it('counts each worker once: one worker answering in 60 ms does not set the rate of a project others take 60 s on', async () => {
    const input = { name: 'Mixed pace', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1 };
    const projectId = (await t.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, { input }, requester.token)).data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: Array.from({ length: 9 }, (_, i) => ({ text: `m${i}` })) } }, requester.token);
    await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id: batch.data?.createBatch.id }, requester.token);
    // Two people answer one item each (each answer leases them the next, left open); a script answers five.
    const answer = async (token: string, most: number) => {
      for (let n = 0, lease = (await t.gql(CLAIM, { projectId }, token)).data?.claimNext; lease && n < most; n++) {
        lease = (await submit(t, token, lease.id, 'positive')).data?.submitAnswer.next;
      }
    };
    const [ann, bob, script] = [await t.user(Role.WORKER), await t.user(Role.WORKER), await t.user(Role.WORKER)];
    await answer(ann.token, 1);
    await answer(bob.token, 1);
    await answer(script.token, 5);
    await t.settle();
    await t.sql(`UPDATE work_time_samples SET work_ms = CASE WHEN worker_id = $2 THEN 60 ELSE 60000 END WHERE project_id = $1`, [projectId, script.id]);
    expect(await t.sql(`SELECT count(*)::int AS samples, count(DISTINCT worker_id)::int AS workers FROM work_time_samples WHERE project_id = $1`, [projectId])).toEqual([{ samples: 7, workers: 3 }]);
    // The workers' medians are 60 s, 60 s and 60 ms: 5 ¢ a minute is 3.00 €/h (the answers' own median, 60 ms, made it 3,000 €/h).
    const project = (await t.gql(`query($id: ID!) { project(id: $id) { hourlyRateCents } }`, { id: projectId }, requester.token)).data?.project;
    expect(project.hourlyRateCents).toBe(300);
  });

  it('refuses to accept when the requester cannot pay the top-ups, with a reason the console words', async () => {
    const { ids } = await slowProject();
    // The requester's balance brought down to 10 ¢: 6 top-ups of 10 ¢ (12 ¢ with the fee) need 72 ¢.
    const admin = await t.user(Role.ADMIN);
    const [{ cents }] = await t.sql(`SELECT balance::int AS cents FROM ledger_accounts WHERE owner_id = $1 AND type = 'REQUESTER_BALANCE'`, [requester.id]);
    const refund = { userId: requester.id, amountCents: cents - 10, reason: 'Spec: a nearly empty balance', idempotencyKey: `drain-${ids[0]}` };
    expect((await t.gql(`mutation($input: AdjustBalanceInput!) { adminRefundBalance(input: $input) { balanceCents } }`, { input: refund }, admin.token)).data?.adminRefundBalance).toEqual({ balanceCents: 10 });
    const refused = await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { status } }`, { ids }, requester.token);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'INSUFFICIENT_FUNDS',
      reason: { key: 'accept.fairPayShort', params: { hourlyCents: 300, minimumCents: 900, currency: 'EUR', eachCents: 10, shortCents: 2 } },
    });
    await topUp(t, requester.token, 10_000);
  });

  it('only warns under the WARN policy', async () => {
    const { projectId, worker, ids } = await slowProject('WARN');
    const shortfall = (await t.gql(`query($id: ID!) { project(id: $id) { fairPayPolicy fairPayShortfall { fairRewardCents } } }`, { id: projectId }, requester.token)).data?.project;
    expect(shortfall).toEqual({ fairPayPolicy: 'WARN', fairPayShortfall: { fairRewardCents: 15 } });
    await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { status } }`, { ids }, requester.token);
    expect((await t.gql(`{ myEarnings { availableCents } }`, {}, worker.token)).data?.myEarnings.availableCents).toBe(6 * 5);
  });
});
