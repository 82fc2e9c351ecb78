import { describe, expect, it } from 'vitest';
import { respawnDelayMs } from './respawn-delay';

describe('respawnDelayMs', () => {
  it('replaces a worker that lived a healthy life at once', () => {
    expect(respawnDelayMs(5 * 60_000, 16_000)).toBe(0);
  });

  it('waits longer each time workers die young, up to 30 s', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let i = 0; i < 7; i++) delays.push((delay = respawnDelayMs(800, delay)));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
