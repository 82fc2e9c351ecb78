// CPU used by process trees during a benchmark phase, from /proc (Linux), so a report can say where
// the machine's time went: e.g. API processes 110 %, PostgreSQL 60 %, load generator 20 % of 200 %.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface Proc {
  ppid: number;
  ticks: number;
}

function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, plus cutime + cstime: the time of children it reaped (PostgreSQL backends that
      // ended meanwhile), so a tree's total only grows.
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      procs.set(Number(entry), { ppid: Number(fields[1]), ticks });
    } catch {
      // The process ended meanwhile.
    }
  }
  return procs;
}

function treeTicks(procs: Map<number, Proc>, root: number): number {
  let total = 0;
  for (const [pid, proc] of procs) {
    for (let p = pid, hops = 0; p > 1 && hops < 10; p = procs.get(p)?.ppid ?? 0, hops++) {
      if (p === root) {
        total += proc.ticks;
        break;
      }
    }
  }
  return total;
}

/** Starts measuring the named process trees; `stop()` gives each one's CPU in % of one core. */
export function measureCpu(roots: Record<string, number>): { stop(): Record<string, number> } {
  const startedAt = performance.now();
  const before = readProcs();
  const start = Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, treeTicks(before, pid)]));
  return {
    stop() {
      const seconds = (performance.now() - startedAt) / 1000;
      const after = readProcs();
      return Object.fromEntries(
        Object.entries(roots).map(([name, pid]) => [name, Math.round((100 * (treeTicks(after, pid) - start[name]!)) / TICKS_PER_SECOND / seconds)]),
      );
    },
  };
}
