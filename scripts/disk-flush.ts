// How long the disk takes to make 8 kB durable (write + fdatasync, as PostgreSQL flushes its WAL at each
// durable commit), so a benchmark's report says what the disk was like when it ran: on a shared virtual
// machine it changes from hour to hour, and with it every figure that waits for commits.
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { percentile } from './bench-report';

export function measureDiskFlush(dir: string, times = 200): { p50_ms: number; p99_ms: number } {
  const file = join(dir, `flush-probe-${process.pid}`);
  const page = Buffer.alloc(8192, 1);
  const fd = openSync(file, 'w');
  const took: number[] = [];
  try {
    writeSync(fd, page, 0, page.length, 0);
    fdatasyncSync(fd);
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      // The same page overwritten: a WAL segment is written in place, its size never changes.
      writeSync(fd, page, 0, page.length, 0);
      fdatasyncSync(fd);
      took.push(performance.now() - started);
    }
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return { p50_ms: round2(percentile(took, 0.5)), p99_ms: round2(percentile(took, 0.99)) };
}
