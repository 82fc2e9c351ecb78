import { describe, expect, it } from 'vitest';
import { centsToDecimalText, currencyDigits, formatMoney, parseMoneyToCents } from './money';
import { formatDuration, formatPercent } from './time';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats integer cents in the locale’s style', () => {
    expect(formatMoney(5, 'EUR', 'en')).toBe('€0.05');
    expect(plain(formatMoney(123456, 'EUR', 'fr'))).toBe('1 234,56 €');
    expect(formatMoney(1999, 'USD', 'en-US')).toBe('$19.99');
  });

  it('respects currencies without minor units', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(formatMoney(500, 'JPY', 'en')).toBe('¥500');
  });
});

describe('parseMoneyToCents', () => {
  it.each([
    ['0.05', 5],
    ['0,05', 5],
    ['1', 100],
    ['12.5', 1250],
    [' 3. ', 300],
    ['1 000,10', 100010],
    ['21474836.47', 2147483647],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoneyToCents(text)).toBe(cents);
  });

  // The API takes amounts as GraphQL Int: a larger one would come back as a raw GraphQL error.
  it.each(['', '-1', '0.001', 'abc', '1.2.3', '1e3', '21474836.48', '1000000000'])('refuses %j', (text) => {
    expect(parseMoneyToCents(text)).toBeNull();
  });

  it('round-trips through the decimal text', () => {
    for (const cents of [0, 1, 5, 10, 99, 100, 12345]) {
      expect(parseMoneyToCents(centsToDecimalText(cents))).toBe(cents);
    }
  });
});

describe('formatDuration / formatPercent', () => {
  it('shows countdowns', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65.9)).toBe('1:05');
    expect(formatDuration(-3)).toBe('0:00');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('shows confidence as a rounded percentage', () => {
    expect(formatPercent(0.666, 'en')).toBe('67%');
    expect(plain(formatPercent(0.5, 'fr'))).toBe('50 %');
  });
});
