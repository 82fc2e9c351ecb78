// CPU used by process trees during a benchmark phase, from /proc (Linux), so a report can say where
// the machine's time went: e.g. API processes 110 %, PostgreSQL 60 %, load generator 20 % of 200 %.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface Proc {
  ppid: number;
  ticks: number;
}

/** One reading of every process's CPU time: meters started or stopped together share it (reading /proc takes a while). */
export type ProcReading = Map<number, Proc>;

export function readProcs(): ProcReading {
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

/** CPU ticks over a span of seconds, in % of one core. */
const percentOfCore = (ticks: number, seconds: number) => Math.round((100 * ticks) / TICKS_PER_SECOND / seconds);

/** Starts measuring the named process trees; `stop()` gives each one's CPU in % of one core. */
export function measureCpu(roots: Record<string, number>, before = readProcs()): { stop(after?: ProcReading): Record<string, number> } {
  const startedAt = performance.now();
  const start = Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, treeTicks(before, pid)]));
  return {
    stop(after = readProcs()) {
      const seconds = (performance.now() - startedAt) / 1000;
      return Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, percentOfCore(treeTicks(after, pid) - start[name]!, seconds)]));
    },
  };
}

const ENDED = 'ended processes (autovacuum workers…)';

/** A PostgreSQL process's kind from its title: "postgres: autovacuum worker bench" → "autovacuum worker". */
function postgresKind(pid: number): string {
  let title = '';
  try {
    title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return ENDED; // it ended since the reading
  }
  const kind = title.replace(/^postgres:\s*/, '');
  // A client backend's title is "user database [local] state" (or an address); background processes name themselves.
  if (/\[local\]|\d+\.\d+\.\d+\.\d+\(\d+\)/.test(kind)) return 'client backends';
  return kind.startsWith('autovacuum worker') ? 'autovacuum worker' : kind;
}

/**
 * Starts measuring PostgreSQL's CPU by kind of process (client backends, autovacuum, checkpointer,
 * WAL writer…); `stop()` gives each kind's share in % of one core. Processes that ended meanwhile
 * (autovacuum workers mostly) are counted in the postmaster, which reaps them.
 */
export function measurePostgresKinds(postmaster: number, reading = readProcs()): { stop(after?: ProcReading): Record<string, number> } {
  const startedAt = performance.now();
  const ticksOf = (procs: ProcReading) => {
    const byPid = new Map<number, number>();
    for (const [pid, proc] of procs) if (pid === postmaster || proc.ppid === postmaster) byPid.set(pid, proc.ticks);
    return byPid;
  };
  const before = ticksOf(reading);
  return {
    stop(reading = readProcs()) {
      const seconds = (performance.now() - startedAt) / 1000;
      const after = ticksOf(reading);
      // A process that ended meanwhile moved its whole time into the postmaster's: what it had used before is not of this window.
      let endedBefore = 0;
      for (const [pid, ticks] of before) if (!after.has(pid)) endedBefore += ticks;
      const kinds: Record<string, number> = { [ENDED]: -endedBefore };
      for (const [pid, ticks] of after) {
        const kind = pid === postmaster ? ENDED : postgresKind(pid);
        kinds[kind] = (kinds[kind] ?? 0) + ticks - (before.get(pid) ?? 0);
      }
      return Object.fromEntries(
        Object.entries(kinds)
          .map(([kind, used]) => [kind, percentOfCore(used, seconds)] as const)
          .filter(([, share]) => share > 0)
          .sort((a, b) => b[1] - a[1]),
      );
    },
  };
}
