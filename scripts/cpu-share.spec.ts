import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { measurePostgresKinds } from './cpu-share';

/** A child of this process that calls itself `title` (as PostgreSQL's processes do) and spins for `ms`. */
function busyChild(title: string, ms: number) {
  const script = `process.title = ${JSON.stringify(title)}; const end = Date.now() + ${ms}; while (Date.now() < end); setTimeout(() => {}, 60000);`;
  return spawn(process.execPath, ['-e', script, '--', 'x'.repeat(80)], { stdio: 'ignore' });
}

describe('PostgreSQL CPU by kind of process', () => {
  it('names each child by its title and counts the time of children that ended in their parent', async () => {
    // This test process plays the postmaster: its children are named as PostgreSQL names its processes.
    const writer = busyChild('postgres: walwriter', 400);
    const backend = busyChild('postgres: bench bench [local] idle', 400);
    const vacuum = busyChild('postgres: autovacuum worker bench', 400);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const meter = measurePostgresKinds(process.pid);
    await new Promise((resolve) => setTimeout(resolve, 500));
    vacuum.kill();
    await once(vacuum, 'exit');
    const kinds = meter.stop();
    for (const child of [writer, backend]) child.kill();
    expect(kinds['walwriter']).toBeGreaterThan(0);
    expect(kinds['client backends']).toBeGreaterThan(0);
    expect(kinds['ended processes (autovacuum workers…)']).toBeGreaterThan(0);
    // The ended child's time before the measure began is not counted: at most what one core gives.
    expect(kinds['ended processes (autovacuum workers…)']).toBeLessThanOrEqual(110);
  });
});
