import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, LABELS, publishedProject, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { checkLedger } from './ledger-check';
import { HOURLY_RATE_TTL_MS, HourlyRates } from './hourly-rates';

const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const CREATE_BATCH = `mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishBatch(batchId: $id) { id status } }`;
const TOP_UP = `mutation($amountCents: Int!) { createTopUp(amountCents: $amountCents) { id status checkoutUrl amountCents } }`;
const BALANCE = `{ myBalance { availableCents escrowCents paymentsMode history { kind amountCents memo memoKey memoParams } } }`;
const EARNINGS = `{ myEarnings { pendingCents availableCents inFlightCents paidCents paymentsMode payoutAccountConnected history { kind account amountCents memo memoKey memoParams createdAt } payouts { amountCents status } } }`;
const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status } }`;
const REJECT = `mutation($ids: [ID!]!, $reason: String!) { rejectAssignments(ids: $ids, reason: $reason) { id status } }`;
const BONUS = `mutation($input: GrantBonusInput!) { grantBonus(input: $input) { applied amountCents } }`;
const PAYOUT = `mutation($amountCents: Int!) { requestPayout(amountCents: $amountCents) { id status amountCents } }`;

describe('money: top-up, escrow, review, earnings, payouts (sandbox provider)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const ledgerProblems = async () => (await checkLedger((text, params) => t.sql(text, params))).problems;

  /** Workers answer every item of the project; returns each worker's assignment ids. */
  async function answerAll(projectId: string, workers: { token: string }[]): Promise<string[][]> {
    return Promise.all(
      workers.map(async (w) => {
        const ids: string[] = [];
        let next = null;
        for (;;) {
          next ??= (await t.gql(CLAIM, { projectId }, w.token)).data?.claimNext;
          if (!next) return ids;
          ids.push(next.id);
          const result = await submit(t, w.token, next.id, 'positive');
          expect(result.errors).toBeUndefined();
          next = result.data?.submitAnswer.next;
        }
      }),
    );
  }

  it('refuses to publish without the escrow, then funds, pays accepted answers once and pays out', async () => {
    const requester = await t.user(Role.REQUESTER);
    expect((await t.gql(`{ paymentsMode }`)).data?.paymentsMode).toBe('SANDBOX');
    const project = await t.gql(CREATE_PROJECT, { input: { name: 'Sentiment', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2 } }, requester.token);
    const projectId = project.data?.createProject.id;
    const batch = await t.gql(CREATE_BATCH, { input: { projectId, items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] } }, requester.token);
    const batchId = batch.data?.createBatch.id;

    // 3 items × 2 answers × (5 ¢ + 1 ¢ fee) = 36 ¢, and the balance is empty.
    const refused = await t.gql(PUBLISH, { id: batchId }, requester.token);
    expect(refused.errors?.[0].extensions?.code).toBe('INSUFFICIENT_FUNDS');
    expect(refused.errors?.[0].message).toContain('Your balance is short by €0.36');
    // The apps word it from its reason: amounts in cents with their currency.
    expect(refused.errors?.[0].extensions?.reason).toEqual({
      key: 'publish.short',
      params: { totalCents: 36, items: 3, answers: 2, eachCents: 6, shortCents: 36, currency: 'EUR' },
    });
    expect(await t.sql(`SELECT status FROM batches WHERE id = $1`, [batchId])).toEqual([{ status: 'DRAFT' }]);
    const early = await t.user(Role.WORKER);
    expect((await t.gql(CLAIM, { projectId }, early.token)).data?.claimNext).toBeNull();

    const paid = await t.gql(TOP_UP, { amountCents: 100 }, requester.token);
    expect(paid.data?.createTopUp).toMatchObject({ status: 'PAID', checkoutUrl: null, amountCents: 100 });
    expect((await t.gql(PUBLISH, { id: batchId }, requester.token)).data?.publishBatch.status).toBe('PUBLISHED');
    const funded = (await t.gql(BALANCE, {}, requester.token)).data?.myBalance;
    expect(funded).toMatchObject({ availableCents: 64, escrowCents: 36, paymentsMode: 'SANDBOX' });
    // Each line says what it is as a key and its values too, for the apps to word; the memo stays English.
    expect(funded.history).toEqual([
      { kind: 'ESCROW_RESERVE', amountCents: -36, memo: 'Escrow for a batch of 3 items', memoKey: 'memo.escrow', memoParams: { count: 3 } },
      { kind: 'TOP_UP', amountCents: 100, memo: 'Top-up (sandbox, no real money)', memoKey: 'memo.topUpSandbox', memoParams: {} },
    ]);

    const [alice, bob] = [await t.user(Role.WORKER), await t.user(Role.WORKER)];
    const [aliceIds, bobIds] = await answerAll(projectId, [alice, bob]);
    expect(aliceIds).toHaveLength(3);
    // The batch completed with its last answer; its escrow is kept for the answers awaiting review.
    await t.settle();
    expect(await t.sql(`SELECT status FROM batches WHERE id = $1`, [batchId])).toEqual([{ status: 'COMPLETED' }]);
    expect((await t.gql(BALANCE, {}, requester.token)).data?.myBalance).toMatchObject({ availableCents: 64, escrowCents: 36 });

    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(ACCEPT, { ids: aliceIds }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await t.gql(ACCEPT, { ids: aliceIds }, requester.token)).data?.acceptAssignments).toEqual(aliceIds.map((id) => ({ id, status: 'ACCEPTED' })));
    // Accepting again (a retry) pays nothing more.
    expect((await t.gql(ACCEPT, { ids: aliceIds }, requester.token)).errors).toBeUndefined();
    const rejected = await t.gql(REJECT, { ids: [bobIds[0]], reason: 'Not what was asked' }, requester.token);
    expect(rejected.data?.rejectAssignments).toEqual([{ id: bobIds[0], status: 'REJECTED' }]);
    const conflict = await t.gql(ACCEPT, { ids: [bobIds[0], bobIds[1]] }, requester.token);
    // The apps say how many from the reason, and which answer and why from its listed problem.
    expect(conflict.errors?.[0]).toMatchObject({
      message: `Assignment ${bobIds[0]} is rejected; it cannot be accepted`,
      extensions: {
        code: 'CONFLICT',
        reason: { key: 'review.cannotAccept', params: { count: 1 } },
        fields: [{ path: 'ids[0]', reason: { key: 'field.assignmentRejected', params: { id: bobIds[0] } } }],
      },
    });
    expect(await t.sql(`SELECT status FROM assignments WHERE id = $1`, [bobIds[1]])).toEqual([{ status: 'SUBMITTED' }]); // all or nothing
    await t.gql(ACCEPT, { ids: bobIds.slice(1) }, requester.token);

    const aliceEarnings = (await t.gql(EARNINGS, {}, alice.token)).data?.myEarnings;
    expect(aliceEarnings).toMatchObject({ availableCents: 15, pendingCents: 0, paidCents: 0, paymentsMode: 'SANDBOX', payoutAccountConnected: true });
    expect(aliceEarnings.history[0]).toMatchObject({
      kind: 'ACCEPT',
      account: 'WORKER_AVAILABLE',
      amountCents: 15,
      memo: 'Accepted 3 answers: Sentiment',
      memoKey: 'memo.accepted',
      memoParams: { count: 3, projects: ['Sentiment'] },
    });
    expect((await t.gql(EARNINGS, {}, bob.token)).data?.myEarnings.availableCents).toBe(10);
    // The rejected answer's share came back to the requester at once (the batch has ended); escrow is empty.
    expect((await t.gql(BALANCE, {}, requester.token)).data?.myBalance).toMatchObject({ availableCents: 70, escrowCents: 0 });
    expect(await t.sql(`SELECT balance::int FROM ledger_accounts WHERE type = 'PLATFORM_FEES'`)).toEqual([{ balance: 5 }]);

    // A bonus costs the requester its fee too, and is paid once per idempotency key.
    const bonus = { assignmentId: aliceIds[0], amountCents: 500, message: 'Great work', idempotencyKey: randomUUID() };
    const short = await t.gql(BONUS, { input: bonus }, requester.token);
    expect(short.errors?.[0]).toMatchObject({ message: expect.stringContaining('short by €5.30'), extensions: { code: 'INSUFFICIENT_FUNDS' } });
    await topUp(t, requester.token, 1000);
    expect((await t.gql(BONUS, { input: bonus }, requester.token)).data?.grantBonus).toEqual({ applied: true, amountCents: 500 });
    expect((await t.gql(BONUS, { input: bonus }, requester.token)).data?.grantBonus).toEqual({ applied: false, amountCents: 500 });
    const withBonus = (await t.gql(EARNINGS, {}, alice.token)).data?.myEarnings;
    expect(withBonus.availableCents).toBe(515);
    expect(withBonus.history[0]).toMatchObject({ kind: 'BONUS', amountCents: 500, memo: 'Bonus: Great work', memoKey: 'memo.bonus', memoParams: { message: 'Great work' } });

    const small = await t.gql(PAYOUT, { amountCents: 499 }, alice.token);
    expect(small.errors?.[0]).toMatchObject({ message: 'amountCents: The minimum payout is €5.00', extensions: { code: 'BAD_USER_INPUT' } });
    const tooMuch = await t.gql(PAYOUT, { amountCents: 516 }, alice.token);
    expect(tooMuch.errors?.[0]).toMatchObject({
      message: 'You can withdraw at most €5.15',
      extensions: { code: 'INSUFFICIENT_FUNDS', reason: { key: 'payout.atMost', params: { maxCents: 515, currency: 'EUR' } } },
    });
    expect((await t.gql(PAYOUT, { amountCents: 515 }, alice.token)).data?.requestPayout).toMatchObject({ status: 'PAID', amountCents: 515 });
    expect((await t.gql(EARNINGS, {}, alice.token)).data?.myEarnings).toMatchObject({ availableCents: 0, inFlightCents: 0, paidCents: 515, payouts: [{ amountCents: 515, status: 'PAID' }] });

    expect(await ledgerProblems()).toEqual([]);
  });

  it('tells what publishing a draft will reserve, the amount publishing then takes', async () => {
    const requester = await t.user(Role.REQUESTER);
    const project = await t.gql(CREATE_PROJECT, { input: { name: 'Reserve', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 7, overlap: 3 } }, requester.token);
    const projectId = project.data?.createProject.id;
    await t.gql(CREATE_BATCH, { input: { projectId, items: [{ text: 'a' }, { text: 'b' }] } }, requester.token);
    const drafts = await t.gql(`query($id: ID!) { project(id: $id) { batches { id reserveCents } } }`, { id: projectId }, requester.token);
    // 2 items × 3 answers × (7 ¢ + 1 ¢ fee, 20 % of 7 ¢ rounded half up) = 48 ¢.
    const [draft] = drafts.data?.project.batches ?? [];
    expect(draft.reserveCents).toBe(48);
    await t.gql(TOP_UP, { amountCents: 100 }, requester.token);
    const published = await t.gql(PUBLISH, { id: draft.id }, requester.token);
    expect(published.errors).toBeUndefined();
    expect((await t.gql(BALANCE, {}, requester.token)).data?.myBalance).toMatchObject({ availableCents: 52, escrowCents: 48 });
  });

  it('pays out at most the available balance, once, under 50 parallel requests', async () => {
    const requester = await t.user(Role.REQUESTER);
    const worker = await t.user(Role.WORKER);
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    const lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    await submit(t, worker.token, lease.id, 'neutral');
    await topUp(t, requester.token, 2000);
    await t.gql(BONUS, { input: { assignmentId: lease.id, amountCents: 1200, message: 'Thanks', idempotencyKey: randomUUID() } }, requester.token);

    const results = await Promise.all(Array.from({ length: 50 }, () => t.gql(PAYOUT, { amountCents: 500 }, worker.token)));
    const ok = results.filter((r) => r.data?.requestPayout);
    expect(ok).toHaveLength(2);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'INSUFFICIENT_FUNDS')).toHaveLength(48);
    expect((await t.gql(EARNINGS, {}, worker.token)).data?.myEarnings).toMatchObject({ availableCents: 200, inFlightCents: 0, paidCents: 1000 });
    expect(await t.sql(`SELECT count(*)::int AS n, sum(amount_cents)::int AS total FROM payouts WHERE worker_id = $1`, [worker.id])).toEqual([{ n: 2, total: 1000 }]);
    expect(await ledgerProblems()).toEqual([]);
  });

  it('refuses to publish below the minimum hourly pay and shows workers the estimate', async () => {
    const requester = await t.user(Role.REQUESTER);
    await topUp(t, requester.token, 1000);
    const create = async (estimatedSecondsPerTask: number) => {
      const input = { name: 'Timed', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1, estimatedSecondsPerTask };
      const projectId = (await t.gql(CREATE_PROJECT, { input }, requester.token)).data?.createProject.id;
      const batchId = (await t.gql(CREATE_BATCH, { input: { projectId, items: Array.from({ length: 12 }, (_, i) => ({ text: `t${i}` })) } }, requester.token)).data?.createBatch.id;
      return { projectId, publish: () => t.gql(PUBLISH, { id: batchId }, requester.token) };
    };
    const slow = await create(60); // 5 ¢ a minute = €3.00 an hour
    const refused = await slow.publish();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'rewardCents' }] });
    expect(refused.errors?.[0].message).toContain('about €3.00 an hour');
    expect(refused.errors?.[0].message).toContain('minimum of €9.00 an hour');
    expect((await t.gql(BALANCE, {}, requester.token)).data?.myBalance.escrowCents).toBe(0);

    const quick = await create(10); // €18.00 an hour
    expect((await quick.publish()).data?.publishBatch.status).toBe('PUBLISHED');
    const worker = await t.user(Role.WORKER);
    const feed = async () => (await t.gql(`{ availableProjects { id hourlyRateCents } }`, {}, worker.token)).data?.availableProjects;
    expect(await feed()).toContainEqual({ id: quick.projectId, hourlyRateCents: 1800 });

    // Once 5 answers are measured (here 30 s each), the measure replaces the estimate.
    const helpers = await Promise.all(Array.from({ length: 5 }, () => t.user(Role.WORKER)));
    for (const h of helpers) {
      const lease = (await t.gql(CLAIM, { projectId: quick.projectId }, h.token)).data?.claimNext;
      await submit(t, h.token, lease.id, 'positive');
    }
    await t.settle();
    await t.sql(`UPDATE work_time_samples SET work_ms = 30000 WHERE project_id = $1`, [quick.projectId]);
    // The feed measures each project's rate once a minute: a minute later it shows the measure.
    expect(await feed()).toContainEqual({ id: quick.projectId, hourlyRateCents: 1800 });
    t.app.get(HourlyRates).now = () => Date.now() + HOURLY_RATE_TTL_MS;
    await expect.poll(feed).toContainEqual({ id: quick.projectId, hourlyRateCents: 600 });
    t.app.get(HourlyRates).now = Date.now;
  });

  it('lets an admin credit and refund a balance, audited, once per key', async () => {
    const admin = await t.user(Role.ADMIN);
    const requester = await t.user(Role.REQUESTER);
    const CREDIT = `mutation($input: AdjustBalanceInput!) { adminCreditBalance(input: $input) { balanceCents applied } }`;
    const REFUND = `mutation($input: AdjustBalanceInput!) { adminRefundBalance(input: $input) { balanceCents applied } }`;
    const input = { userId: requester.id, amountCents: 2500, reason: 'Bank transfer received', idempotencyKey: randomUUID() };
    expect((await t.gql(CREDIT, { input }, requester.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(CREDIT, { input }, admin.token)).data?.adminCreditBalance).toEqual({ balanceCents: 2500, applied: true });
    expect((await t.gql(CREDIT, { input }, admin.token)).data?.adminCreditBalance).toEqual({ balanceCents: 2500, applied: false });
    const refund = { ...input, amountCents: 3000, reason: 'Customer asked', idempotencyKey: randomUUID() };
    expect((await t.gql(REFUND, { input: refund }, admin.token)).errors?.[0].extensions?.code).toBe('INSUFFICIENT_FUNDS');
    expect((await t.gql(REFUND, { input: { ...refund, amountCents: 1000 } }, admin.token)).data?.adminRefundBalance.balanceCents).toBe(1500);
    const audit = await t.sql(`SELECT actor_id, action, subject_id, reason, details->>'amountCents' AS amount FROM audit_events WHERE subject_id = $1 ORDER BY id`, [requester.id]);
    expect(audit).toEqual([
      { actor_id: admin.id, action: 'ledger.credit', subject_id: requester.id, reason: 'Bank transfer received', amount: '2500' },
      { actor_id: admin.id, action: 'ledger.refund', subject_id: requester.id, reason: 'Customer asked', amount: '1000' },
    ]);
    await expect(t.sql(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    expect(await ledgerProblems()).toEqual([]);
  });
});
