import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { startStripeMock, type StripeMock } from '../../test/stripe-mock/stripe-mock';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { loadPaymentsConfig } from '../config/app.config';
import { checkLedger } from '../ledger/ledger-check';
import { PayoutsService } from './payouts.service';

const TOP_UP = `mutation($amountCents: Int!) { createTopUp(amountCents: $amountCents) { id status checkoutUrl } }`;
const BALANCE = `{ myBalance { availableCents escrowCents paymentsMode } }`;
const EARNINGS = `{ myEarnings { availableCents inFlightCents paidCents payoutAccountConnected paymentsMode } }`;
const CONNECT = `mutation { connectPayoutAccount { url connected } }`;
const PAYOUT = `mutation($amountCents: Int!) { requestPayout(amountCents: $amountCents) { id status amountCents failureReason } }`;
const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status } }`;
const RECONCILE = `mutation { reconcilePayments { payoutsSettled topUpsCredited } }`;

describe('payments on Stripe (a local Stripe-compatible API, the real SDK)', () => {
  let stripe: StripeMock;
  let t: TestApp;
  beforeAll(async () => {
    stripe = await startStripeMock();
    const payments = loadPaymentsConfig({
      STRIPE_SECRET_KEY: stripe.secretKey,
      STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
      STRIPE_API_BASE: `http://127.0.0.1:${stripe.port}`,
    });
    t = await startTestApp({ payments });
  });
  afterAll(async () => {
    await t.close();
    await stripe.close();
  });

  const problems = async () => (await checkLedger((text, params) => t.sql(text, params))).problems;
  const earnings = async (token: string) => (await t.gql(EARNINGS, {}, token)).data?.myEarnings;

  /** A worker whose accepted answers made `cents` available (reward 5 ¢, overlap 1). */
  async function workerEarning(requester: { token: string }, answers: number) {
    const worker = await t.user(Role.WORKER);
    const { projectId } = await publishedProject(t, requester.token, { items: answers, overlap: 1, fund: false });
    const ids: string[] = [];
    let next = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    while (next) {
      ids.push(next.id);
      next = (await submit(t, worker.token, next.id, 'positive')).data?.submitAnswer.next;
    }
    expect((await t.gql(ACCEPT, { ids }, requester.token)).errors).toBeUndefined();
    return worker;
  }

  let requester: { id: string; token: string };

  it('credits a Checkout top-up once, from a signed webhook only', async () => {
    requester = await t.user(Role.REQUESTER);
    expect((await t.gql(`{ paymentsMode }`)).data?.paymentsMode).toBe('STRIPE');
    const created = (await t.gql(TOP_UP, { amountCents: 50_000 }, requester.token)).data?.createTopUp;
    expect(created.status).toBe('PENDING');
    expect(created.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);
    const [session] = [...stripe.sessions.values()];
    expect(session).toMatchObject({ amount_total: 50_000, currency: 'eur', metadata: { topUpId: created.id } });
    expect((await t.gql(BALANCE, {}, requester.token)).data?.myBalance).toEqual({ availableCents: 0, escrowCents: 0, paymentsMode: 'STRIPE' });

    const event = stripe.pay(session.id);
    const forged = await stripe.deliver(t.url, event, { secret: 'whsec_not_the_right_one' });
    expect(forged.status).toBe(400);
    expect((await t.gql(BALANCE, {}, requester.token)).data?.myBalance.availableCents).toBe(0);

    expect(await stripe.deliver(t.url, event)).toEqual({ status: 200, body: { received: true, outcome: 'APPLIED' } });
    expect((await stripe.deliver(t.url, event)).body.outcome).toBe('DUPLICATE');
    // Another event about the same payment (e.g. async success) credits nothing more.
    const again = stripe.event('checkout.session.async_payment_succeeded', { ...session });
    expect((await stripe.deliver(t.url, again)).body.outcome).toBe('IGNORED');
    expect((await t.gql(BALANCE, {}, requester.token)).data?.myBalance.availableCents).toBe(50_000);
    expect(await t.sql(`SELECT count(*)::int AS n FROM provider_events`)).toEqual([{ n: 2 }]);
    expect(await problems()).toEqual([]);
  });

  it('pays a worker out through Connect: onboarding link, one transfer, idempotent webhooks, reversal in any order', async () => {
    const worker = await workerEarning(requester, 120); // 120 × 5 ¢ = €6.00
    expect(await earnings(worker.token)).toMatchObject({ availableCents: 600, payoutAccountConnected: false, paymentsMode: 'STRIPE' });
    expect((await t.gql(PAYOUT, { amountCents: 500 }, worker.token)).errors?.[0].message).toMatch(/Connect a payout account first/);

    const link = (await t.gql(CONNECT, {}, worker.token)).data?.connectPayoutAccount;
    expect(link).toMatchObject({ connected: true, url: expect.stringMatching(/^https:\/\/connect\.stripe\.test\/setup\/acct_/) });
    await t.gql(CONNECT, {}, worker.token);
    expect(stripe.accounts.size).toBe(1); // one account per worker, however often they ask

    const payout = (await t.gql(PAYOUT, { amountCents: 500 }, worker.token)).data?.requestPayout;
    expect(payout).toMatchObject({ status: 'PAID', amountCents: 500 });
    const transfers = stripe.transfers.filter((tr) => tr.metadata.payoutId === payout.id);
    expect(transfers).toEqual([expect.objectContaining({ amount: 500, currency: 'eur', transfer_group: `payout_${payout.id}` })]);
    expect(await earnings(worker.token)).toMatchObject({ availableCents: 100, inFlightCents: 0, paidCents: 500 });

    const created = stripe.event('transfer.created', transfers[0]);
    const reversed = stripe.event('transfer.reversed', { ...transfers[0], reversed: true });
    expect((await stripe.deliver(t.url, created)).body.outcome).toBe('IGNORED'); // already recorded
    expect((await stripe.deliver(t.url, reversed)).body.outcome).toBe('APPLIED');
    expect((await stripe.deliver(t.url, reversed)).body.outcome).toBe('DUPLICATE');
    expect((await stripe.deliver(t.url, created)).body.outcome).toBe('DUPLICATE');
    expect(await earnings(worker.token)).toMatchObject({ availableCents: 600, inFlightCents: 0, paidCents: 0 });

    // The reverse order (reversal heard before the creation, the transfer not recorded yet) ends the same.
    const spy = vi.spyOn(t.app.get(PayoutsService), 'recordTransfer').mockRejectedValueOnce(new Error('crashed before recording'));
    await t.gql(PAYOUT, { amountCents: 600 }, worker.token);
    spy.mockRestore();
    const [second] = await t.sql(`SELECT id, status FROM payouts WHERE worker_id = $1 AND amount_cents = 600`, [worker.id]);
    expect(second.status).toBe('PENDING');
    const tr2 = stripe.transfers.find((tr) => tr.metadata.payoutId === second.id)!;
    expect((await stripe.deliver(t.url, stripe.event('transfer.reversed', tr2))).body.outcome).toBe('APPLIED');
    expect((await stripe.deliver(t.url, stripe.event('transfer.created', tr2))).body.outcome).toBe('IGNORED');
    expect(await earnings(worker.token)).toMatchObject({ availableCents: 600, inFlightCents: 0, paidCents: 0 });
    expect(await problems()).toEqual([]);
  });

  it('repairs a crash between creating a transfer and recording it, with no second transfer', async () => {
    const worker = await workerEarning(requester, 100);
    await t.gql(CONNECT, {}, worker.token);
    const payouts = t.app.get(PayoutsService);
    const spy = vi.spyOn(payouts, 'recordTransfer').mockRejectedValueOnce(new Error('crashed before recording'));
    const crashed = await t.gql(PAYOUT, { amountCents: 500 }, worker.token);
    spy.mockRestore();
    expect(crashed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const [row] = await t.sql(`SELECT id, status FROM payouts WHERE worker_id = $1`, [worker.id]);
    expect(row.status).toBe('PENDING');
    expect(stripe.transfers.filter((tr) => tr.metadata.payoutId === row.id)).toHaveLength(1);
    expect(await earnings(worker.token)).toMatchObject({ availableCents: 0, inFlightCents: 500 });

    const admin = await t.user(Role.ADMIN);
    expect((await t.gql(RECONCILE, {}, admin.token)).data?.reconcilePayments).toEqual({ payoutsSettled: 1, topUpsCredited: 0 });
    expect((await t.gql(RECONCILE, {}, admin.token)).data?.reconcilePayments).toEqual({ payoutsSettled: 0, topUpsCredited: 0 });
    expect(stripe.transfers.filter((tr) => tr.metadata.payoutId === row.id)).toHaveLength(1);
    expect(await earnings(worker.token)).toMatchObject({ availableCents: 0, inFlightCents: 0, paidCents: 500 });
    expect(await problems()).toEqual([]);
  });

  it('leaves a payout in flight while Stripe is down, finishes it later, and returns a refused one', async () => {
    const worker = await workerEarning(requester, 100);
    await t.gql(CONNECT, {}, worker.token);
    stripe.failTransfers(3); // the SDK's first try and both retries
    const pending = (await t.gql(PAYOUT, { amountCents: 500 }, worker.token)).data?.requestPayout;
    expect(pending.status).toBe('PENDING');
    expect(await earnings(worker.token)).toMatchObject({ availableCents: 0, inFlightCents: 500 });
    const admin = await t.user(Role.ADMIN);
    expect((await t.gql(RECONCILE, {}, admin.token)).data?.reconcilePayments.payoutsSettled).toBe(1);
    expect(stripe.transfers.filter((tr) => tr.metadata.payoutId === pending.id)).toHaveLength(1);
    expect(await earnings(worker.token)).toMatchObject({ inFlightCents: 0, paidCents: 500 });

    const refused = await workerEarning(requester, 100);
    await t.sql(`INSERT INTO payout_accounts (user_id, provider, provider_account_id) VALUES ($1, 'STRIPE', 'acct_closed')`, [refused.id]);
    const failed = (await t.gql(PAYOUT, { amountCents: 500 }, refused.token)).data?.requestPayout;
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: "No such destination: 'acct_closed'" });
    expect(await earnings(refused.token)).toMatchObject({ availableCents: 500, inFlightCents: 0, paidCents: 0 });
    expect(await problems()).toEqual([]);
  });
});
