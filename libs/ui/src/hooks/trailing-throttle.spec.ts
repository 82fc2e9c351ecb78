import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trailingThrottle } from './trailing-throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('trailingThrottle', () => {
  it('runs the first request at once and a burst after it once, at the end of the interval', () => {
    const run = vi.fn();
    const throttle = trailingThrottle(run, 1000);
    throttle.request();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) throttle.request();
    vi.advanceTimersByTime(999);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs at once again after a quiet interval', () => {
    const run = vi.fn();
    const throttle = trailingThrottle(run, 1000);
    throttle.request();
    vi.advanceTimersByTime(1500);
    throttle.request();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('forgets a pending call when cancelled', () => {
    const run = vi.fn();
    const throttle = trailingThrottle(run, 1000);
    throttle.request();
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
