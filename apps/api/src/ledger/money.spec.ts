import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentCostCents, cents, escrowCents, feeCents, formatMoney, hourlyRateCents, netByKey } from './money';

describe('money', () => {
  it('rounds the fee half up to the cent', () => {
    expect(feeCents(5, 20)).toBe(1);
    expect(feeCents(3, 20)).toBe(1); // 0.6
    expect(feeCents(2, 20)).toBe(0); // 0.4
    expect(feeCents(1000, 20)).toBe(200);
    expect(feeCents(1000, 0)).toBe(0);
    expect(() => feeCents(10, 12.5)).toThrow(/integer/);
  });

  it('escrows every possible answer with its fee', () => {
    expect(escrowCents(50, 3, 5, 20)).toBe(900);
    expect(assignmentCostCents(5, 20)).toBe(6);
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 20 }), fc.nat(100_000), fc.integer({ min: 0, max: 100 }), (items, overlap, reward, pct) => {
        // The escrow always covers the answers and the fees charged one by one at acceptance.
        expect(escrowCents(items, overlap, reward, pct)).toBe(items * overlap * (reward + feeCents(reward, pct)));
        expect(feeCents(reward, pct)).toBeLessThanOrEqual(reward);
      }),
    );
  });

  it('computes an hourly rate, rounded down', () => {
    expect(hourlyRateCents(5, 20_000)).toBe(900); // 5 ¢ per 20 s = €9.00 an hour
    expect(hourlyRateCents(5, 30_000)).toBe(600);
    expect(hourlyRateCents(10, 7_000)).toBe(5142);
    expect(() => hourlyRateCents(5, 0)).toThrow();
    // A fifth of the tasks are unpaid gold: 5 ¢ per 20 s pays €7.20 an hour of the worker's time.
    expect(hourlyRateCents(5, 20_000, 0.8)).toBe(720);
    expect(hourlyRateCents(5, 30_000, 0.7)).toBe(420); // not 419: no floating-point rounding down
    expect(() => hourlyRateCents(5, 20_000, 1.2)).toThrow();
  });

  it('formats amounts for messages', () => {
    expect(formatMoney(1240)).toBe('€12.40');
    expect(formatMoney(5)).toBe('€0.05');
    expect(formatMoney(-305, 'usd')).toBe('-$3.05');
    expect(formatMoney(100, 'CHF')).toBe('1.00 CHF');
    // Large amounts as the rest of the messages write them ("at most 1,000.00"), not €1800.00.
    expect(formatMoney(180_000)).toBe('€1,800.00');
    expect(formatMoney(-123_456_789, 'CHF')).toBe('-1,234,567.89 CHF');
  });

  it('nets lines per account and refuses non-integers', () => {
    expect(netByKey([{ key: 'a', amount: 5 }, { key: 'b', amount: -5 }, { key: 'a', amount: -5 }])).toEqual([{ key: 'b', amount: -5 }]);
    expect(() => cents('1.5')).toThrow(/cents/);
    expect(cents('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
  });
});
