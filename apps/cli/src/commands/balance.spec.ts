import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const myBalance = {
  availableCents: 8_772,
  escrowCents: 122_800,
  currency: 'EUR',
  paymentsMode: 'SANDBOX',
  platformFeePercent: 20,
  history: [
    { createdAt: '2026-05-02T09:30:12.000Z', kind: 'ESCROW_RESERVE', amountCents: -240, memo: 'Escrow for a batch of 2 items' },
    { createdAt: '2026-05-01T08:00:00.000Z', kind: 'TOP_UP', amountCents: 10_000, memo: 'Top-up' },
  ],
};

describe('fourmi balance', () => {
  it('prints available and escrow in units with the currency, aligned; the fee and sandbox on stderr', async () => {
    const ctx = testContext({ fetch: graphqlFetch(() => ({ data: { myBalance } })).fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['balance'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('Available    87.72 EUR\nIn escrow  1228.00 EUR\n');
    expect(ctx.stderr.text).toBe('Platform fee: 20% on top of each reward; sandbox: no real money moves\n');
  });

  it('lists the latest movements with --history, signed', async () => {
    const ctx = testContext({ fetch: graphqlFetch(() => ({ data: { myBalance: { ...myBalance, paymentsMode: 'STRIPE' } } })).fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['balance', '--history'], ctx)).toBe(0);
    expect(ctx.stdout.text.split('\n').slice(2)).toEqual([
      '',
      'DATE                  KIND                 AMOUNT  MEMO',
      '2026-05-02 09:30 UTC  ESCROW_RESERVE    -2.40 EUR  Escrow for a batch of 2 items',
      '2026-05-01 08:00 UTC  TOP_UP          +100.00 EUR  Top-up',
      '',
    ]);
    expect(ctx.stderr.text).toBe('Platform fee: 20% on top of each reward\n');
  });
});
