import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { loadPaymentsConfig } from '../config/app.config';
import { EarningsService } from './earnings.service';
import { checkLedger } from './ledger-check';

const EARNINGS = `{ myEarnings { pendingCents availableCents payoutHoldHours } }`;
const ACCEPT = `mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id status } }`;

describe('earnings held for a day before they can be withdrawn (PAYOUT_HOLD_HOURS)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ payments: { ...loadPaymentsConfig({}), payoutHoldHours: 24 } });
  });
  afterAll(() => t.close());

  it('keeps accepted rewards pending until the hold ends, then releases every hold due in one sweep', async () => {
    const requester = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, requester.token, { items: 5, overlap: 1 });
    const worker = await t.user(Role.WORKER);
    const ids: string[] = [];
    let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    while (lease) {
      ids.push(lease.id);
      lease = (await submit(t, worker.token, lease.id, 'positive')).data?.submitAnswer.next;
    }
    // Accepted one by one: five holds.
    for (const id of ids) expect((await t.gql(ACCEPT, { ids: [id] }, requester.token)).data?.acceptAssignments).toEqual([{ id, status: 'ACCEPTED' }]);
    const earnings = async () => (await t.gql(EARNINGS, {}, worker.token)).data?.myEarnings;
    expect(await earnings()).toEqual({ pendingCents: 25, availableCents: 0, payoutHoldHours: 24 });

    const holds = t.app.get(EarningsService);
    expect(await holds.releaseDueHolds()).toBe(0); // a day has not passed
    await t.sql(`UPDATE earning_holds SET available_at = now() - interval '1 minute' WHERE worker_id = $1`, [worker.id]);
    holds.releaseChunk = 2;
    try {
      expect(await holds.releaseDueHolds()).toBe(5);
    } finally {
      holds.releaseChunk = 500;
    }
    expect(await earnings()).toEqual({ pendingCents: 0, availableCents: 25, payoutHoldHours: 24 });
    expect(await holds.releaseDueHolds()).toBe(0); // released once
    expect((await checkLedger((text, params) => t.sql(text, params))).problems).toEqual([]);
  });
});
