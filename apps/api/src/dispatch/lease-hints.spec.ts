import { describe, expect, it } from 'vitest';
import { LeaseHints } from './lease-hints';

describe('LeaseHints', () => {
  it('gives a lease’s project once', () => {
    const hints = new LeaseHints();
    hints.set('1', 'p');
    expect(hints.take('1')).toBe('p');
    expect(hints.take('1')).toBeUndefined();
    expect(hints.take('2')).toBeUndefined();
  });

  it('forgets the oldest leases first when full', () => {
    const hints = new LeaseHints();
    for (let i = 0; i <= 200_000; i++) hints.set(String(i), 'p');
    expect(hints.take('0')).toBeUndefined();
    expect(hints.take('1')).toBe('p');
    expect(hints.take('200000')).toBe('p');
  });
});
