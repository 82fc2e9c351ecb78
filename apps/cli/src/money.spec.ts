import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from './money';

describe('money', () => {
  it('reads amounts in units as integer cents, from the digits', () => {
    expect(parseCents('0.05')).toBe(5);
    expect(parseCents('0.5')).toBe(50);
    expect(parseCents('.5')).toBe(50);
    expect(parseCents('1')).toBe(100);
    expect(parseCents(' 12.34 ')).toBe(1234);
    expect(parseCents('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(parseCents('1.13')).toBe(113);
    expect(parseCents('007.10')).toBe(710);
  });

  it('refuses more than 2 decimals, signs, commas, zero and nonsense, naming the option', () => {
    expect(() => parseCents('0.055')).toThrow('--reward has more than 2 decimals ("0.055"): amounts are whole cents');
    expect(() => parseCents('0.050')).toThrow(/more than 2 decimals/);
    expect(() => parseCents('-1')).toThrow('--reward must be an amount like 0.05');
    expect(() => parseCents('0,05')).toThrow(/amount like 0.05/);
    expect(() => parseCents('1e2')).toThrow(/amount like 0.05/);
    expect(() => parseCents('')).toThrow(/amount like 0.05/);
    expect(() => parseCents('.')).toThrow(/amount like 0.05/);
    expect(() => parseCents('1.')).toThrow(/amount like 0.05/);
    expect(() => parseCents('0.00')).toThrow('--reward must be at least 0.01');
    expect(() => parseCents('99999999999')).toThrow('--reward is too large');
    expect(() => parseCents('abc', 'bonus')).toThrow(/^--bonus /);
    expect(() => parseCents('12,50', 'AMOUNT')).toThrow('AMOUNT must be an amount like 0.05 (currency units, dot for decimals), not "12,50"');
  });

  it('writes cents with 2 decimals', () => {
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(1234)).toBe('12.34');
    expect(formatCents(-7)).toBe('-0.07');
  });
});
