import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const myBalance = {
  availableCents: 8_772,
  escrowCents: 122_800,
  currency: 'EUR',
  paymentsMode: 'SANDBOX',
  platformFeePercent: 20,
};

/** Three lines of history, served a page at a time as the API pages them (before the last one's id). */
const lines = [
  { id: '9', createdAt: '2026-05-02T09:30:12.000Z', kind: 'ESCROW_RESERVE', account: 'BATCH_ESCROW', amountCents: 240, memo: 'Escrow for a batch of 2 items' },
  { id: '8', createdAt: '2026-05-02T09:30:12.000Z', kind: 'ESCROW_RESERVE', account: 'REQUESTER_BALANCE', amountCents: -240, memo: 'Escrow for a batch of 2 items' },
  { id: '3', createdAt: '2026-05-01T08:00:00.000Z', kind: 'TOP_UP', account: 'REQUESTER_BALANCE', amountCents: 10_000, memo: 'Top-up' },
];
function account(paymentsMode = 'SANDBOX') {
  return graphqlFetch((query, variables) => {
    if (!query.includes('myBalanceHistory')) return { data: { myBalance: { ...myBalance, paymentsMode } } };
    const from = variables.before === null ? 0 : lines.findIndex((l) => l.id === variables.before) + 1;
    const page = lines.slice(from, from + (variables.limit as number));
    const more = from + page.length < lines.length;
    return { data: { myBalanceHistory: { lines: page, nextBefore: more ? page.at(-1)!.id : null } } };
  });
}

describe('fourmi balance', () => {
  it('prints available and escrow in units with the currency, aligned; the fee and sandbox on stderr', async () => {
    const api = account();
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['balance'], ctx)).toBe(0);
    expect(api.calls).toHaveLength(1);
    expect(ctx.stdout.text).toBe('Available    87.72 EUR\nIn escrow  1228.00 EUR\n');
    expect(ctx.stderr.text).toBe('Platform fee: 20% on top of each reward; sandbox: no real money moves\n');
  });

  it('lists the latest movements of the balance and the escrow with --history, signed, page after page', async () => {
    const api = account('STRIPE');
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['balance', '--history'], ctx)).toBe(0);
    expect(ctx.stdout.text.split('\n').slice(2)).toEqual([
      '',
      'DATE                  ACCOUNT  KIND                 AMOUNT  MEMO',
      '2026-05-02 09:30 UTC  escrow   ESCROW_RESERVE    +2.40 EUR  Escrow for a batch of 2 items',
      '2026-05-02 09:30 UTC  balance  ESCROW_RESERVE    -2.40 EUR  Escrow for a batch of 2 items',
      '2026-05-01 08:00 UTC  balance  TOP_UP          +100.00 EUR  Top-up',
      '',
    ]);
    expect(ctx.stderr.text).toBe('Platform fee: 20% on top of each reward\n');

    const limited = account();
    const two = testContext({ fetch: limited.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['balance', '--history', '--limit', '2'], two)).toBe(0);
    expect(two.stdout.text.split('\n').filter((l) => l.includes('ESCROW') || l.includes('TOP_UP'))).toHaveLength(2);
    expect(limited.calls.slice(1).map((c) => c.variables)).toEqual([{ before: null, limit: 2 }]);
  });
});
