import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureDiskFlush, watchDiskFlush } from './disk-flush';

describe('disk flush probes', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fourmi-flush-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('times flushes before a run and leaves no file behind', () => {
    const flush = measureDiskFlush(dir, 20);
    expect(flush.p50_ms).toBeGreaterThan(0);
    expect(flush.p99_ms).toBeGreaterThanOrEqual(flush.p50_ms);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('watches flushes from a moment on, on its own thread, until stopped', async () => {
    const counting = watchDiskFlush(dir, 0, 5);
    const notYet = watchDiskFlush(dir, Date.now() + 60_000, 5);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [counted, ignored] = await Promise.all([counting.stop(), notYet.stop()]);
    expect(counted.worst_ms).toBeGreaterThan(0);
    // Each flush listed as slow took over 20 ms, and the total is theirs.
    expect(counted.slow_total_ms).toBeGreaterThanOrEqual(20 * counted.slow.length);
    expect(ignored).toEqual({ worst_ms: 0, slow: [], slow_total_ms: 0 });
    expect(readdirSync(dir)).toEqual([]);
  });
});
