// How long the disk takes to make 8 kB durable (write + fdatasync, as PostgreSQL flushes its WAL at each
// durable commit), so a benchmark's report says what the disk was like when it ran: on a shared virtual
// machine it changes from hour to hour, and with it every figure that waits for commits.
import { randomUUID } from 'node:crypto';
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** What watchDiskFlush saw. */
export interface DiskWatch {
  worst_ms: number;
  /** The flushes over 20 ms: their time and duration. */
  slow: string[];
  /** Their total duration: the most the disk alone can have held a commit. */
  slow_total_ms: number;
}

/**
 * Watches the disk while a benchmark runs: a side thread makes 8 kB durable every `everyMs` (on a
 * file of its own in `dir`, so on the disk PostgreSQL flushes its WAL to) and times each flush. A
 * slow flush holds every durable commit of that moment, whatever the software does; the disk of
 * this virtual machine, probed alone, takes 0.1 ms at p50 and now and then 30–640 ms. Flushes
 * before `countFrom` (epoch ms) are not counted: the thread starts ahead of the measured window.
 */
export function watchDiskFlush(dir: string, countFrom = 0, everyMs = 50): { stop(): Promise<DiskWatch> } {
  const file = join(dir, `flush-watch-${process.pid}-${randomUUID()}`);
  // Plain JavaScript: the thread runs outside the TypeScript loader of the benchmark scripts.
  const thread = new Worker(
    `const { openSync, writeSync, fdatasyncSync, closeSync, rmSync } = require('node:fs');
     const { parentPort, workerData } = require('node:worker_threads');
     const fd = openSync(workerData.file, 'w');
     const page = Buffer.alloc(8192, 1);
     const pause = new Int32Array(new SharedArrayBuffer(4));
     let worst = 0, slowTotal = 0, offset = 0, running = true;
     const slow = [];
     parentPort.on('message', () => (running = false));
     (async function loop() {
       while (running) {
         const started = performance.now();
         writeSync(fd, page, 0, page.length, offset);
         fdatasyncSync(fd);
         const took = performance.now() - started;
         offset = (offset + page.length) % (16 << 20);
         const counted = Date.now() >= workerData.countFrom;
         if (counted) worst = Math.max(worst, took);
         if (counted && took > 20) {
           slow.push(new Date().toISOString().slice(11, 22) + ' ' + Math.round(took));
           slowTotal += took;
         }
         Atomics.wait(pause, 0, 0, workerData.everyMs);
         await new Promise((r) => setImmediate(r)); // lets the stop message in
       }
       closeSync(fd);
       rmSync(workerData.file, { force: true });
       parentPort.postMessage({ worst_ms: Math.round(worst * 10) / 10, slow, slow_total_ms: Math.round(slowTotal) });
     })();`,
    { eval: true, workerData: { file, everyMs, countFrom } },
  );
  const result = new Promise<DiskWatch>((resolve, reject) => (thread.once('message', resolve), thread.once('error', reject)));
  result.catch(() => undefined); // a failure is reported by stop()
  return {
    async stop() {
      thread.postMessage('stop');
      const found = await result;
      await thread.terminate();
      return found;
    },
  };
}
