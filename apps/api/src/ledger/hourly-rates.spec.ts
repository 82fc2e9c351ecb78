import { describe, expect, it } from 'vitest';
import type { FairPayService, HourlyEstimate } from './fair-pay.service';
import { HOURLY_RATE_TTL_MS, HourlyRates } from './hourly-rates';

/** A FairPayService whose measured rate is `rate`, counting the projects it measured. */
function fakeFairPay() {
  const state = { rate: 1200, measured: [] as string[][] };
  const fairPay = {
    estimates: async (ids: readonly string[]): Promise<HourlyEstimate[]> => {
      state.measured.push([...ids]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return ids.map((projectId) => ({ projectId, hourlyRateCents: state.rate, source: 'MEASURED' as const }));
    },
  } as unknown as FairPayService;
  return { fairPay, state };
}

describe('HourlyRates', () => {
  it('measures a project once a minute, however many feeds ask', async () => {
    const { fairPay, state } = fakeFairPay();
    const rates = new HourlyRates(fairPay);
    let now = 0;
    rates.now = () => now;
    const asked = await Promise.all([rates.of(['a', 'b']), rates.of(['a']), rates.of(['b'])]);
    expect(asked).toEqual([[1200, 1200], [1200], [1200]]);
    now = HOURLY_RATE_TTL_MS - 1;
    expect(await rates.of(['a', 'b'])).toEqual([1200, 1200]);
    expect(state.measured).toEqual([['a', 'b']]);
  });

  it('shows the last rate while it is measured again, then the new one', async () => {
    const { fairPay, state } = fakeFairPay();
    const rates = new HourlyRates(fairPay);
    let now = 0;
    rates.now = () => now;
    await rates.of(['a']);
    state.rate = 900;
    now = HOURLY_RATE_TTL_MS;
    expect(await rates.of(['a'])).toEqual([1200]);
    expect(await rates.of(['a'])).toEqual([1200]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await rates.of(['a'])).toEqual([900]);
    expect(state.measured).toEqual([['a'], ['a']]);
  });

  it('measures a project it has never shown before answering', async () => {
    const { fairPay, state } = fakeFairPay();
    const rates = new HourlyRates(fairPay);
    await rates.of(['a']);
    expect(await rates.of(['a', 'c'])).toEqual([1200, 1200]);
    expect(state.measured).toEqual([['a'], ['c']]);
  });
});
