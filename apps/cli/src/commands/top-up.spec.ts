import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

describe('fourmi top-up', () => {
  it('with Stripe, prints the Checkout link on stdout and says when the balance is credited', async () => {
    const api = graphqlFetch(() => ({ data: { createTopUp: { id: 'u1', amountCents: 1_250, currency: 'EUR', status: 'PENDING', checkoutUrl: 'https://checkout.stripe.com/c/pay/cs_1' } } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['top-up', '12.50'], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({ amountCents: 1_250 });
    expect(ctx.stdout.text).toBe('https://checkout.stripe.com/c/pay/cs_1\n');
    expect(ctx.stderr.text).toBe('Pay 12.50 EUR at the link above; your balance is credited once Stripe confirms the payment (see `fourmi balance`)\n');
  });

  it('on a sandbox, says the money is added at once', async () => {
    const api = graphqlFetch(() => ({ data: { createTopUp: { id: 'u2', amountCents: 5_000, currency: 'EUR', status: 'PAID', checkoutUrl: null } } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['top-up', '50'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('Added 50.00 EUR to your balance (sandbox: no real money)\n');
  });

  it('refuses an amount that is not money before calling the API, and words the API’s limits with AMOUNT', async () => {
    const bad = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['top-up', '12,50'], bad)).toBe(1);
    expect(bad.stderr.text).toBe('fourmi top-up: AMOUNT must be an amount like 0.05 (currency units, dot for decimals), not "12,50"\n(see `fourmi top-up --help`)\n');
    const api = graphqlFetch(() => ({ errors: [{ message: 'amountCents: Top up from €1.00 to €10,000.00', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'amountCents', message: 'Top up from €1.00 to €10,000.00' }] } }] }));
    const small = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['top-up', '0.50'], small)).toBe(1);
    expect(small.stderr.text).toBe('fourmi top-up: AMOUNT: Top up from €1.00 to €10,000.00\n');
  });
});
