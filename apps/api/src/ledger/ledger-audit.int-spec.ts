import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const AUDIT = `{ ledgerAudit { checkedAt transactions accounts problems payouts { id workerName workerEmail amountCents currency status failureReason } } }`;

describe('ledgerAudit: the admins’ check of the money', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds a sound ledger sound, names each broken invariant, and lists payouts needing attention first', async () => {
    const admin = await t.user(Role.ADMIN);
    const requester = await t.user(Role.REQUESTER);
    await topUp(t, requester.token, 1_000);
    const sound = (await t.gql(AUDIT, {}, admin.token)).data?.ledgerAudit;
    expect(sound).toMatchObject({ problems: [], payouts: [] });
    expect(sound.transactions).toBeGreaterThan(0);

    // A payout recorded without its ledger posting: money left with nothing to show for it.
    const worker = await t.user(Role.WORKER, 'Wanda');
    await t.sql(`INSERT INTO payouts (worker_id, amount_cents, currency, provider, destination, status, created_at) VALUES ($1, 700, 'EUR', 'SANDBOX', 'sandbox', 'PAID', now() - interval '1 hour')`, [worker.id]);
    await t.sql(`INSERT INTO payouts (worker_id, amount_cents, currency, provider, destination, status, failure_reason) VALUES ($1, 500, 'EUR', 'SANDBOX', 'sandbox', 'FAILED', 'account closed')`, [worker.id]);
    const broken = (await t.gql(AUDIT, {}, admin.token)).data?.ledgerAudit;
    expect(broken.problems.some((p: string) => p.startsWith('each payout posted according to its status, once'))).toBe(true);
    expect(broken.payouts).toEqual([
      { id: expect.any(String), workerName: 'Wanda', workerEmail: worker.email.toLowerCase(), amountCents: 500, currency: 'EUR', status: 'FAILED', failureReason: 'account closed' },
      { id: expect.any(String), workerName: 'Wanda', workerEmail: worker.email.toLowerCase(), amountCents: 700, currency: 'EUR', status: 'PAID', failureReason: null },
    ]);

    expect((await t.gql(AUDIT, {}, requester.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(AUDIT, {}, worker.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
