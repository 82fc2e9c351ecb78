// `npm run bench:dispatch [-- --quick]`: claim → submit throughput of the production API over HTTP
// against the raw-SQL ceiling (the same statements sent straight to PostgreSQL), then the largest
// number of simulated people (3 s per task) served with p99 claim latency ≤ 100 ms.
// Writes the `## Dispatch` section of docs/benchmarks.md and ends with `RESULT {json}`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';
import { CLAIMS, eligibilityOf } from '../apps/api/src/dispatch/claim.sql';
import { BARE_CLAIM, BARE_SUBMIT } from '../apps/api/test/bare-design.sql';
import { HOT_PATH_SETTINGS } from '../apps/api/src/dispatch/hot-path-plans';
import { fastAnswerOf, READ_ASSIGNMENT, WRITE_ANSWER } from '../apps/api/src/dispatch/submit.sql';
import { OUTBOX_PENDING_SQL } from '../apps/api/src/events/outbox.sql';
import { stampEvent } from '../apps/api/src/events/events.service';
import type { FourmiEventBody } from '../apps/api/src/events/event.types';
import { percentile, writeBenchSection } from './bench-report';
import { measureCpu, measurePostgresKinds, type ProcReading, readProcs } from './cpu-share';
import { type DiskWatch, measureDiskFlush, watchDiskFlush } from './disk-flush';
import { JsonConnection } from './json-connection';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const PROJECTS = 10;
const TASKS = quick ? 100_000 : 1_000_000;
const CLIENTS = quick ? [32] : [1, 8, 32, 128];
const SECONDS = quick ? 8 : 15;
const WARMUP_SECONDS = 8;
/**
 * The closed loop's API and raw-SQL phases alternate in rounds (API, raw, API, raw), SECONDS / ROUNDS
 * each: this machine's speed drifted by up to 40 % within a day, and alternating puts a drift during
 * the run on both sides of the ratio. Rounds after the first warm up for REWARM_SECONDS (new clients'
 * connections; plans and code are warm by then).
 */
const ROUNDS = 2;
/** The concurrency at which the issue states its raw-SQL ceiling, and at which the bare design is run. */
const BARE_CLIENTS = 32;
const BARE_TIMING = { warmup: 1, seconds: SECONDS / ROUNDS / 2 };
const REWARM_SECONDS = 3;
/** When the first seconds of traffic are analyzed: inside the first warm-up (see main). */
const FIRST_TRAFFIC_ANALYZE_MS = 2_000;
// BENCH_PEOPLE=1500,2000: probe only these numbers of people (to study one load level).
const PEOPLE = process.env.BENCH_SKIP_CAPACITY
  ? []
  : process.env.BENCH_PEOPLE?.split(',').map(Number) ?? (quick ? [1000, 1500, 2000, 2500, 3000] : [500, 1000, 1500, 2000, 2500, 3000, 4000]);
// BENCH_PG_STATEMENTS=1: print PostgreSQL's costliest statements of the capacity probe (pg_stat_statements).
const PG_STATEMENTS = Boolean(process.env.BENCH_PG_STATEMENTS);
// BENCH_PG_SETTINGS="synchronous_commit=off;shared_buffers=1GB": PostgreSQL settings to try (';' between them).
const PG_SETTINGS = process.env.BENCH_PG_SETTINGS?.split(';').filter(Boolean) ?? [];
// BENCH_FRESH_WAL=1: leave the new cluster's WAL as initdb made it (see preallocateWal), to compare.
const FRESH_WAL = Boolean(process.env.BENCH_FRESH_WAL);
const THINK_MS = 3000;
// Each task takes a person THINK_MS on average, drawn uniformly within ±THINK_JITTER of it. With the
// same 3 s for everyone, the three people who claim a task one after another (they share its slots) answer
// it within milliseconds of each other, and then every following task too, in lockstep for the whole
// step: people do not. BENCH_THINK_JITTER=0 restores the lockstep, the worst case for answers racing on a task.
const THINK_JITTER = Number(process.env.BENCH_THINK_JITTER ?? 1 / 3);
const thinkTime = () => THINK_MS * (1 + THINK_JITTER * (2 * Math.random() - 1));
// BENCH_DISTURB_MS=1000: two processes take both cores for that long 3 s into each capacity step (its
// warm-up), as a noisy neighbour or a deploy would, to see whether the API recovers from the backlog.
const DISTURB_MS = Number(process.env.BENCH_DISTURB_MS ?? 0);
// One API process per core (API_WORKERS), as a production deployment on this machine would run it.
const API_WORKERS = Number(process.env.BENCH_API_WORKERS ?? cpus().length);
const LATENCY_BOUND_MS = 100;
const secret = randomUUID() + randomUUID();
const jwt = new JwtService({ secret, signOptions: { expiresIn: 3600 } });

interface ClosedLoop {
  clients: number;
  api_cycles_per_s: number;
  raw_cycles_per_s: number;
  ratio: number;
  api_p50_claim_ms: number;
  api_p99_claim_ms: number;
  raw_p50_claim_ms: number;
  raw_p99_claim_ms: number;
  /** The issue's design, bare (bare-design.sql.ts), at BARE_CLIENTS only. */
  bare_design_cycles_per_s?: number;
}

type CpuShare = Record<string, number>;
/** CPU (% of one core) of the API processes, PostgreSQL and this load generator, per phase. */
const cpu: { api?: CpuShare; raw?: CpuShare } = {};

/** Starts measuring the CPU of the API and PostgreSQL process trees and of this process. */
function cpuOf(trees: Record<string, number>, reading?: ProcReading): { stop(reading?: ProcReading): CpuShare } {
  const others = measureCpu(trees, reading);
  const started = performance.now();
  const own = process.cpuUsage();
  return {
    stop(reading) {
      const used = process.cpuUsage(own);
      const loadgen = Math.round((100 * (used.user + used.system)) / 1000 / (performance.now() - started));
      return { ...others.stop(reading), loadgen };
    },
  };
}

/**
 * What the busy PostgreSQL sessions were doing, sampled every WAIT_SAMPLE_MS (share of samples). Each
 * sample costs PostgreSQL about 1.3 ms of CPU, taken from the load measured: every 20 ms was 7 % of a core.
 */
const WAIT_SAMPLE_MS = 100;
const waits: { api?: string; raw?: string } = {};

function disturb(ms: number): void {
  for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', `const end = Date.now() + ${ms}; while (Date.now() < end);`], { stdio: 'ignore' });
}

/** "a ×3, b ×1": how many times each value occurs, most frequent first. */
function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v, n]) => `${v} ×${n}`).join(', ');
}

/** `countFrom` (epoch ms): samples before it are not counted (the connection is opened before it). */
function sampleWaits(url: string | null, countFrom = 0): { stop(): Promise<string | undefined> } {
  if (!url) return { stop: async () => undefined };
  const client = new pg.Client({ connectionString: url });
  const counts = new Map<string, number>();
  let total = 0;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      if (Date.now() < countFrom) {
        await sleep(WAIT_SAMPLE_MS);
        continue;
      }
      const { rows } = await client.query(
        `SELECT coalesce(wait_event_type || ':' || wait_event, 'on CPU') || CASE WHEN wait_event_type = 'Lock' THEN ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 50) ELSE '' END AS what FROM pg_stat_activity
          WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      for (const { what } of rows) counts.set(what, (counts.get(what) ?? 0) + 1);
      // A crowd of busy sessions at once is a stall: say what they wait for, and when.
      if (process.env.BENCH_TRACE_SLOW && rows.length >= 8) console.log(`        ${new Date().toISOString().slice(11, 23)} ${rows.length} busy: ${tally(rows.map((r) => r.what))}`);
      total += rows.length;
      if (process.env.BENCH_TRACE_SLOW && ++samples % 10 === 0) {
        const { rows: states } = await client.query(`SELECT coalesce(state, '?') AS state FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`);
        console.log(`        ${new Date().toISOString().slice(11, 23)} sessions: ${tally(states.map((r) => r.state))}`);
      }
      await sleep(WAIT_SAMPLE_MS);
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([what, n]) => `${what} ${Math.round((100 * n) / Math.max(total, 1))} %`).join(', ');
    },
  };
}

async function main(): Promise<void> {
  console.log(`Dispatch benchmark (${quick ? 'quick' : 'full'}): ${TASKS.toLocaleString('en')} tasks in ${PROJECTS} projects, overlap 3`);
  const outDir = join(root, 'tmp', 'bench-api');
  run('npx', ['vite', 'build', '--config', 'apps/api/vite.config.ts', '--outDir', outDir, '--logLevel', 'error']);
  const dataDir = join(tmpdir(), `fourmi-bench-pg-${process.pid}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench', socket: true,
    // shared_buffers as a server of this size would have, not the 128 MB default of a laptop's quick start:
    // with it, pages evicted all along go to the kernel, whose writeback may delay the WAL flushes every
    // answer waits for (at 1,500 people, slowest seconds of 150–570 ms in five runs; 104 ms with 1 GB).
    settings: ['shared_buffers=1GB', ...(PG_STATEMENTS ? ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'] : []), ...PG_SETTINGS],
    // BENCH_PG_LOG=FILE: PostgreSQL's log lines there (e.g. with auto_explain in BENCH_PG_SETTINGS).
    log: process.env.BENCH_PG_LOG ? (line) => appendFileSync(process.env.BENCH_PG_LOG!, `${line}\n`) : undefined });
  const api = await startApi(join(outDir, 'main.js'), server.url);
  // Idle connections stay open to the end (idleTimeoutMillis 0): pg's default closes them 10 s after a
  // phase, all at once, in the middle of the next one, and dozens of PostgreSQL backends exiting together
  // (each unmapping the shared buffers it touched) stalled every request for 100–800 ms.
  // Statements planned as the API's hot path plans them (dispatch/hot-path-plans.ts: HOT_PATH_SETTINGS).
  const db = new pg.Pool({ connectionString: server.url, max: 140, idleTimeoutMillis: 0, options: HOT_PATH_SETTINGS });
  // Claims and reads run on connections committed asynchronously, as in the API (dispatch/dispatch-pools.ts).
  const claimDb = new pg.Pool({ connectionString: server.url, max: 140, idleTimeoutMillis: 0, options: `${HOT_PATH_SETTINGS} -c synchronous_commit=off` });
  try {
    const projects = await seed(db);
    if (!FRESH_WAL) await preallocateWal(db);
    const workers = await createWorkers(db, Math.max(0, ...PEOPLE) + (CLIENTS.reduce((a, b) => a + b, 0) * 2 + BARE_CLIENTS) * ROUNDS);
    const closed: ClosedLoop[] = [];
    const trees = { api: api.child.pid!, postgres: Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) };
    const flush = measureDiskFlush(dataDir);
    console.log(`Disk: 8 kB written and flushed (fdatasync) in ${flush.p50_ms} ms (p50), ${flush.p99_ms} ms (p99)`);
    // The seed leaves statistics of an empty `assignments`. A running deployment has had its tables
    // analyzed after its first traffic (the API's minute job, dispatch/hot-path-plans.ts, and
    // autovacuum). Here that job could land in the middle of a measured phase, and before it, plans made
    // on the empty table's statistics read whole tables (1,400 buffers per answer's read in some runs).
    // So the first seconds of traffic are analyzed in the first warm-up.
    setTimeout(() => void db.query('ANALYZE assignments, tasks'), FIRST_TRAFFIC_ANALYZE_MS);
    for (const clients of CLIENTS) {
      const apiRun = { cycles: 0, claims: [] as number[] };
      const rawRun = { cycles: 0, claims: [] as number[] };
      const bareRun = { cycles: 0, claims: [] as number[] };
      const shares: { api: CpuShare[]; raw: CpuShare[] } = { api: [], raw: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const timing = { warmup: round === 0 ? WARMUP_SECONDS : REWARM_SECONDS, seconds: SECONDS / ROUNDS };
        const sampled = clients === 32 && round === 0 ? server.url : null;
        await relayed(db);
        const apiCpu = cpuOf(trees);
        const apiWaits = sampleWaits(sampled);
        addRun(apiRun, await closedLoop(clients, workers.splice(0, clients), (w, i) => apiCycle(api.url, w, projects[i % PROJECTS]), timing));
        for (const connection of closedLoopConnections.values()) connection.close();
        closedLoopConnections.clear();
        shares.api.push(apiCpu.stop());
        waits.api = (await apiWaits.stop()) ?? waits.api;
        await relayed(db);
        const rawCpu = cpuOf(trees);
        const rawWaits = sampleWaits(sampled);
        addRun(rawRun, await closedLoop(clients, workers.splice(0, clients), (w, i) => rawCycle(db, claimDb, w, projects[i % PROJECTS]), timing));
        shares.raw.push(rawCpu.stop());
        waits.raw = (await rawWaits.stop()) ?? waits.raw;
        // The issue's design, bare, beside them: how this machine compares with the issue's.
        if (clients === BARE_CLIENTS) {
          await relayed(db);
          // A short warm-up (connections and pages are warm from the raw phase) and half its time, for quick mode's 3 minutes.
          addRun(bareRun, await closedLoop(clients, workers.splice(0, clients), (w, i) => bareCycle(db, claimDb, w, projects[i % PROJECTS]), BARE_TIMING));
        }
      }
      if (clients === 32) [cpu.api, cpu.raw] = [meanShare(shares.api), meanShare(shares.raw)];
      const row: ClosedLoop = {
        clients,
        api_cycles_per_s: round(apiRun.cycles / SECONDS),
        raw_cycles_per_s: round(rawRun.cycles / SECONDS),
        ratio: round(apiRun.cycles / Math.max(rawRun.cycles, 1), 2),
        api_p50_claim_ms: round(percentile(apiRun.claims, 0.5), 2),
        api_p99_claim_ms: round(percentile(apiRun.claims, 0.99), 2),
        raw_p50_claim_ms: round(percentile(rawRun.claims, 0.5), 2),
        raw_p99_claim_ms: round(percentile(rawRun.claims, 0.99), 2),
        ...(clients === BARE_CLIENTS ? { bare_design_cycles_per_s: round(bareRun.cycles / (BARE_TIMING.seconds * ROUNDS)) } : {}),
      };
      closed.push(row);
      console.log(
        `${String(clients).padStart(4)} clients  API ${row.api_cycles_per_s} cycles/s (claim p50 ${row.api_p50_claim_ms} ms, p99 ${row.api_p99_claim_ms} ms)` +
          `  raw SQL ${row.raw_cycles_per_s} cycles/s (p50 ${row.raw_p50_claim_ms} ms, p99 ${row.raw_p99_claim_ms} ms)  ratio ${row.ratio}` +
          (row.bare_design_cycles_per_s === undefined ? '' : `  the issue's design, bare: ${row.bare_design_cycles_per_s} cycles/s`),
      );
    }
    if (PG_STATEMENTS) await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset(); SELECT pg_stat_reset_shared('wal')`);
    const probeStarted = new Date();
    const capacity = await capacityProbe(db, api.url, server.url, workers, projects, trees, dataDir);
    if (PG_STATEMENTS) await printStatements(db, probeStarted);
    report(closed, capacity, cpu, flush);
    console.log(`RESULT ${JSON.stringify({ mode: quick ? 'quick' : 'full', tasks: TASKS, closed_loop: closed, capacity_workers: capacity.served, disk_flush_p50_ms: flush.p50_ms })}`);
  } finally {
    await db.end();
    await claimDb.end();
    api.child.kill('SIGTERM');
    await new Promise((r) => api.child.once('exit', r));
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Instructions of a real project's length (about 700 characters of Markdown), sent with every task. */
const INSTRUCTIONS = `## What to do
Read the customer review and choose **A** if the customer is satisfied with the product, **B** otherwise.

- Judge the product, not the delivery: a late parcel with a good product is **A**.
- Mixed reviews: choose what the customer would tell a friend.
- Sarcasm counts as what it means, not what it says ("great, it broke in a day" is **B**).
- Reviews in another language than the task's: choose by what you understand, or skip the task.

Press **1** or **2** to answer, **S** to skip. Each task takes a few seconds; take the time to read
the whole review, as some change their mind in the last sentence. Answers that disagree with the
other workers' too often lower your level.`;

/** Requester, projects, one published batch each, and the tasks, straight in SQL (fast to seed). */
async function seed(db: pg.Pool): Promise<string[]> {
  const started = Date.now();
  const { rows: [requester] } = await db.query(`INSERT INTO users (email, password_hash, display_name, roles) VALUES ('bench@fourmi.test', 'x', 'Bench', '{REQUESTER}') RETURNING id`);
  const projects: string[] = [];
  const config = JSON.stringify({ labels: [{ value: 'a', text: 'A', hotkey: '1' }, { value: 'b', text: 'B', hotkey: '2' }] });
  for (let p = 0; p < PROJECTS; p++) {
    const { rows: [project] } = await db.query(
      `INSERT INTO projects (owner_id, name, instructions, kind, config, reward_cents, overlap, lease_seconds) VALUES ($1, $2, $3, 'CLASSIFICATION', $4, 1, 3, 600) RETURNING id`,
      [requester.id, `Bench ${p}`, INSTRUCTIONS, config],
    );
    const per = TASKS / PROJECTS;
    const { rows: [batch] } = await db.query(
      `INSERT INTO batches (project_id, name, status, item_count, published_at) VALUES ($1, 'bench', 'PUBLISHED', $2, now()) RETURNING id`,
      [project.id, per],
    );
    await db.query(
      `INSERT INTO tasks (project_id, batch_id, input, target_overlap, status)
       SELECT $1, $2, jsonb_build_object('text', 'Review ' || g), 3, 'OPEN' FROM generate_series(1, $3) g`,
      [project.id, batch.id, per],
    );
    projects.push(project.id);
  }
  await db.query('VACUUM ANALYZE');
  console.log(`Seeded ${TASKS.toLocaleString('en')} tasks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return projects;
}

/**
 * Gives the new cluster the WAL segments a running server has: PostgreSQL recycles its old 16 MB
 * segments at each checkpoint, keeping up to max_wal_size of them ahead of the writes, while a new
 * cluster creates each segment as the previous one fills, by writing 16 MB of zeros and syncing them
 * while holding the WAL write lock (IO:WalInitWrite, sampled with up to 30 sessions behind it on
 * LWLock:WALWrite). At 1,000 answers a second (3.2 kB of WAL each) that is a new segment every 5 s, a
 * stall a server that has run for a while does not have. Segments are filled here (a WAL record and a
 * switch each) up to max_wal_size, then a checkpoint recycles them ahead, as a server's would.
 */
async function preallocateWal(db: pg.Pool): Promise<void> {
  const started = Date.now();
  const { rows: [{ segments }] } = await db.query(
    `SELECT (pg_size_bytes(current_setting('max_wal_size')) / pg_size_bytes(current_setting('wal_segment_size')))::int AS segments`,
  );
  for (let i = 0; i < segments; i++) await db.query(`SELECT pg_logical_emit_message(false, 'fourmi-bench', 'warm'); SELECT pg_switch_wal()`);
  await db.query('CHECKPOINT');
  const { rows: [ahead] } = await db.query(
    `SELECT count(*)::int AS n FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$' AND name > pg_walfile_name(pg_current_wal_lsn())`,
  );
  console.log(`WAL: ${ahead.n} segments of 16 MB ready ahead of the writes, as on a running server (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

interface Worker {
  id: string;
  token: string;
}

async function createWorkers(db: pg.Pool, count: number): Promise<Worker[]> {
  const { rows } = await db.query(
    `INSERT INTO users (email, password_hash, display_name, roles)
     SELECT 'worker' || gen_random_uuid() || '@bench.test', 'x', 'Worker ' || g, '{WORKER}' FROM generate_series(1, $1) g RETURNING id`,
    [count],
  );
  return Promise.all(rows.map(async (r: { id: string }) => ({ id: r.id, token: await jwt.signAsync({ sub: r.id, roles: ['WORKER'] }) })));
}

/**
 * Runs `cycle` in a loop on each client for `warmup` seconds (not counted: connections opened,
 * statements prepared, code optimised), then for `seconds`; returns the cycles done and claim latencies
 * of the latter.
 */
async function closedLoop(clients: number, workers: Worker[], cycle: (w: Worker, i: number) => Promise<number>, timing: { warmup: number; seconds: number }) {
  const claims: number[] = [];
  let cycles = 0;
  const counted = Date.now() + timing.warmup * 1000;
  const end = counted + timing.seconds * 1000;
  await Promise.all(
    workers.map(async (worker, i) => {
      while (Date.now() < end) {
        const claimMs = await cycle(worker, i);
        if (Date.now() < counted) continue;
        claims.push(claimMs);
        cycles += 1;
      }
    }),
  );
  return { cycles, claims };
}

/** Adds one round's cycles and claim latencies to the phase's. */
function addRun(total: { cycles: number; claims: number[] }, round: { cycles: number; claims: number[] }): void {
  total.cycles += round.cycles;
  for (const ms of round.claims) total.claims.push(ms);
}

/** The mean CPU share of each process group over rounds of equal length. */
function meanShare(rounds: CpuShare[]): CpuShare {
  const mean: CpuShare = {};
  for (const key of Object.keys(rounds[0] ?? {})) mean[key] = Math.round(rounds.reduce((sum, r) => sum + (r[key] ?? 0), 0) / rounds.length);
  return mean;
}

// The worker app's own selections (apps/worker runner.graphql): each task comes with its project.
const TASK = `id input leaseExpiresAt project { id name instructions kind config rewardCents currency }`;
const CLAIM = `mutation($p: ID!) { claimNext(projectId: $p) { ${TASK} } }`;
const SUBMIT = `mutation($i: SubmitAnswerInput!) { submitAnswer(input: $i) { assignmentId status feedback { score expected explanation } } }`;
const SUBMIT_NEXT = `mutation($i: SubmitAnswerInput!) { submitAnswer(input: $i) { assignmentId status feedback { score expected explanation } next { ${TASK} } } }`;

/** A GraphQL operation over the caller's own connection (a person's, or a closed-loop client's). */
async function gql(through: JsonConnection, token: string, query: string, variables: unknown): Promise<any> {
  const parsed = JSON.parse(await through.post('/graphql', `Authorization: Bearer ${token}\r\n`, JSON.stringify({ query, variables }))) as { data?: any; errors?: unknown[] };
  if (parsed.errors) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

/** The API's address as a new connection. */
function connectTo(url: string): JsonConnection {
  const target = new URL(url);
  return new JsonConnection(target.hostname, Number(target.port));
}

const closedLoopConnections = new Map<string, JsonConnection>();

/** One claim → submit over HTTP; returns the claim latency in ms. */
async function apiCycle(url: string, worker: Worker, projectId: string): Promise<number> {
  let own = closedLoopConnections.get(worker.id);
  if (!own) closedLoopConnections.set(worker.id, (own = connectTo(url)));
  const started = performance.now();
  const { claimNext } = await gql(own, worker.token, CLAIM, { p: projectId });
  const claimMs = performance.now() - started;
  if (!claimNext) throw new Error('The benchmark ran out of tasks');
  await gql(own, worker.token, SUBMIT, { i: { assignmentId: claimNext.id, answer: { label: 'a' }, idempotencyKey: randomUUID() } });
  return claimMs;
}

/** Each raw-SQL client's last claimed task per worker (the phases' workers are distinct). */
const sqlCursors = new Map<string, string>();

/**
 * A lease as the API takes it (dispatch/claim-cursors.ts): walking from the worker's last claim, else
 * from the start; `claim` runs the statement from a cursor. Throws when no task is left.
 */
async function claimWalking(worker: Worker, claim: (cursor: string) => Promise<pg.QueryResult>): Promise<{ id: string; task_id: string }> {
  const cursor = sqlCursors.get(worker.id) ?? '0';
  let { rows: [lease] } = await claim(cursor);
  if (!lease && cursor !== '0') [lease] = (await claim('0')).rows;
  if (!lease) throw new Error('The benchmark ran out of tasks');
  sqlCursors.set(worker.id, lease.task_id);
  return lease;
}

/** The issue's design, bare (bare-design.sql.ts): claim → submit; returns the claim latency in ms. */
async function bareCycle(db: pg.Pool, claimDb: pg.Pool, worker: Worker, projectId: string): Promise<number> {
  const started = performance.now();
  const lease = await claimWalking(worker, (cursor) => claimDb.query({ ...BARE_CLAIM, values: [projectId, worker.id, cursor] }));
  const claimMs = performance.now() - started;
  await db.query({ ...BARE_SUBMIT, values: [lease.id, worker.id, '{"label":"a"}'] });
  return claimMs;
}

/** The benchmark's projects, as the API picks their statements: no languages, no quality rules (see seed). */
const BENCH_PROJECT = { languages: [], qualityRules: {} };
const CLAIM_STATEMENT = CLAIMS[eligibilityOf(BENCH_PROJECT)].regular;
const FAST_ANSWER = fastAnswerOf(BENCH_PROJECT).alone;

/** The same statements the API runs for one claim → submit, sent straight to PostgreSQL. */
async function rawCycle(db: pg.Pool, claimDb: pg.Pool, worker: Worker, projectId: string): Promise<number> {
  const started = performance.now();
  const lease = await claimWalking(worker, (cursor) => claimDb.query({ ...CLAIM_STATEMENT, values: [projectId, worker.id, 600, 1, cursor] }));
  const claimMs = performance.now() - started;
  // As the API does (dispatch/submit.service.ts): the answer in one statement; should another answer to
  // the task have landed meanwhile, read, then write if nothing moved, else read again.
  const event = (body: Partial<FourmiEventBody>) => JSON.stringify(stampEvent({ projectId, ...body }));
  const { rows: [fast] } = await db.query({ ...FAST_ANSWER, values: [
    lease.id, worker.id, projectId, '{"label":"a"}', randomUUID(), 'a', 0.7, `project:${projectId}`, 2, null, 3, null,
    event({ type: 'assignment.submitted', assignmentId: lease.id }), event({ type: 'task.completed' }),
  ] });
  if (fast.duration_ms !== null) return claimMs;
  for (;;) {
    const { rows: [a] } = await claimDb.query({ ...READ_ASSIGNMENT, values: [lease.id, 0.7, 'project:'] });
    const consensus = JSON.stringify({ voteKey: 'a', votes: a.voters.length + 1, confidence: 0.7 });
    const about = { projectId, batchId: a.batch_id, taskId: a.task_id };
    const { rows: [written] } = await db.query({ ...WRITE_ANSWER, values: [
      a.id, a.status, '{"label":"a"}', randomUUID(), null, 'a', a.task_id, a.submitted_count, consensus, false, false, false, null,
      JSON.stringify(stampEvent({ type: 'assignment.submitted', ...about, assignmentId: a.id })),
      JSON.stringify(stampEvent({ type: 'task.completed', ...about, consensus })),
      a.consensus_read,
    ] });
    if (written.duration_ms !== null) break;
  }
  return claimMs;
}

/**
 * Open loop: N people, each answering a task every 3 s (claim, then on schedule submit with the next
 * task attached), started evenly over the first 3 s. The largest N whose p99 latency stays within bound.
 */
async function capacityProbe(db: pg.Pool, url: string, databaseUrl: string, workers: Worker[], projects: string[], trees: Record<string, number>, dataDir: string) {
  const rows: { people: number; requests_per_s: number; p50_ms: number; p99_ms: number; errors: number; cpu: CpuShare; postgres_cpu: CpuShare; waits?: string; worst_flush_ms?: number; rerun?: boolean }[] = [];
  let served = 0;
  for (let step = 0; step < PEOPLE.length; step++) {
    const people = PEOPLE[step];
    if (people > workers.length) break;
    await relayed(db);
    // The same simulated people come back in each larger cohort (they claim new tasks).
    const cohort = workers.slice(0, people);
    const latencies: number[] = [];
    const worst: number[] = [];
    // The warm-up's slowest requests too, by the second they ended in: what the arrival left behind.
    const warmWorst: number[] = [];
    const warmCount: number[] = [];
    let errors = 0;
    const warmUntil = Date.now() + THINK_MS * 2;
    const end = warmUntil + SECONDS * 1000;
    let meter: ReturnType<typeof cpuOf> | undefined;
    // The samplers start with the warm-up and count from its end: started at the end, their connection
    // and thread took CPU from the first measured moment (its slowest requests took 100–200 ms).
    const sampler = sampleWaits(databaseUrl, warmUntil);
    const flushes = watchDiskFlush(dataDir, warmUntil);
    let share: CpuShare = {};
    let busy: Promise<string | undefined> = Promise.resolve(undefined);
    let flushed: Promise<DiskWatch | undefined> = Promise.resolve(undefined);
    let pgMeter: ReturnType<typeof measurePostgresKinds> | undefined;
    let pgKinds: Record<string, number> = {};
    setTimeout(() => {
      const reading = readProcs();
      meter = cpuOf(trees, reading);
      pgMeter = measurePostgresKinds(trees.postgres, reading);
    }, warmUntil - Date.now());
    if (DISTURB_MS) setTimeout(() => disturb(DISTURB_MS), THINK_MS);
    setTimeout(() => {
      const reading = readProcs();
      share = meter?.stop(reading) ?? {};
      pgKinds = pgMeter?.stop(reading) ?? {};
      busy = sampler.stop();
      flushed = flushes.stop();
    }, end - Date.now());
    const slow: string[] = [];
    const t0 = performance.now();
    const timed = async (fn: () => Promise<any>) => {
      const started = performance.now();
      try {
        return await fn();
      } catch (error) {
        if (errors++ < 3) console.log(`        error: ${String((error as Error).message).slice(0, 300)}`);
        return null;
      } finally {
        if (Date.now() <= warmUntil) {
          const second = Math.floor((performance.now() - t0) / 1000);
          warmWorst[second] = Math.max(warmWorst[second] ?? 0, performance.now() - started);
          warmCount[second] = (warmCount[second] ?? 0) + 1;
        } else {
          latencies.push(performance.now() - started);
          const second = Math.floor((Date.now() - warmUntil) / 1000);
          worst[second] = Math.max(worst[second] ?? 0, performance.now() - started);
          if (process.env.BENCH_TRACE_SLOW && performance.now() - started > 100) slow.push(`${Math.round(started - t0)}+${Math.round(performance.now() - started)}`);
        }
      }
    };
    await Promise.all(
      cohort.map(async (worker, i) => {
        await sleep((THINK_MS * i) / people);
        // Open loop: each person answers on their own schedule, a task every THINK_MS on average from their
        // start, however long the previous answer took (never before it returned). Waiting after each
        // response instead would echo any slow moment every THINK_MS, as the people it delayed answer again together.
        let due = Date.now() + thinkTime();
        const projectId = projects[i % PROJECTS];
        // Each person keeps their own connection, as a browser does: a few connections shared by everyone
        // would all land on one API process (connections, not requests, are spread over them).
        const own = connectTo(url);
        let lease = (await timed(() => gql(own, worker.token, CLAIM, { p: projectId })))?.claimNext;
        while (lease) {
          await sleep(due - Date.now());
          // Checked after the wait: an answer due after the end would be timed outside the window counted.
          if (Date.now() >= end) break;
          due += thinkTime();
          const result = await timed(() => gql(own, worker.token, SUBMIT_NEXT, { i: { assignmentId: lease.id, answer: { label: 'b' }, idempotencyKey: randomUUID() } }));
          lease = result?.submitAnswer.next;
        }
        own.close();
      }),
    );
    const flush = await flushed;
    const row = {
      people,
      requests_per_s: round(latencies.length / SECONDS),
      p50_ms: round(percentile(latencies, 0.5), 1),
      p99_ms: round(percentile(latencies, 0.99), 1),
      errors,
      cpu: share,
      postgres_cpu: pgKinds,
      waits: await busy,
      worst_flush_ms: flush?.worst_ms,
      rerun: false,
    };
    rows.push(row);
    console.log(`${String(people).padStart(5)} people  ${row.requests_per_s} requests/s  p50 ${row.p50_ms} ms  p99 ${row.p99_ms} ms  errors ${errors}  CPU % ${JSON.stringify(share)}`);
    console.log(`        slowest request of each second of the warm-up (people arriving over the first ${THINK_MS / 1000} s) (ms, and requests ended): ${Array.from(warmWorst, (ms, s) => `${Math.round(ms ?? 0)} (${warmCount[s] ?? 0})`).join(' ')}`);
    console.log(`        slowest request of each second from ${new Date(warmUntil).toISOString().slice(11, 19)} (ms): ${worst.map(Math.round).join(' ')}`);
    console.log(`        PostgreSQL's CPU by process (% of one core): ${kindsOf(pgKinds) || '—'}`);
    console.log(`        slowest disk flush (8 kB every 50 ms beside PostgreSQL's): ${row.worst_flush_ms} ms${flush?.slow.length ? `; over 20 ms at ${flush.slow.join(', ')}` : ''}`);
    if (slow.length) console.log(`        slow requests (start ms after ${Math.round(t0)} + duration ms): ${slow.slice(0, 60).join(' ')}`);
    const failed = row.p99_ms > LATENCY_BOUND_MS || errors > 0;
    // One slow flush of the disk holds every answer of that moment (watchDiskFlush): a step whose p99
    // overshot the bound by no more than the disk's slow flushes took, and in which one flush alone took
    // longer than the bound, is run once more, and both attempts are reported. A step that failed by
    // more (a backlog growing second by second) is not the disk's doing.
    const byDisk = (flush?.worst_ms ?? 0) > LATENCY_BOUND_MS && row.p99_ms <= LATENCY_BOUND_MS + (flush?.slow_total_ms ?? 0);
    const ranAgain = rows.some((r) => r.people === people && r.rerun);
    if (failed && !errors && byDisk && !ranAgain) {
      row.rerun = true;
      console.log(`        the disk's slow flushes (${flush?.slow_total_ms} ms in all) account for the missed bound: running the step again`);
      step--;
      continue;
    }
    if (failed) break;
    served = people;
  }
  return { rows, served };
}

/**
 * Waits until the API has relayed every event of the previous phase (batch counters, NOTIFY to the
 * replicas): the raw-SQL phase writes events faster than they are relayed while it runs, and a phase
 * should not be charged for the one before it.
 */
async function relayed(db: pg.Pool): Promise<void> {
  const started = Date.now();
  while ((await db.query(OUTBOX_PENDING_SQL)).rows.length) await sleep(100);
  const waited = Date.now() - started;
  if (waited > 1000) console.log(`        (waited ${(waited / 1000).toFixed(1)} s for the events of the previous phase to be relayed)`);
}

/** The statements that took PostgreSQL the most time, with their calls and mean time. */
async function printStatements(db: pg.Pool, since: Date): Promise<void> {
  const { rows } = await db.query(
    `SELECT calls, round(total_exec_time)::int AS total_ms, round((total_exec_time / calls)::numeric, 3) AS mean_ms, round(total_plan_time)::int AS plan_ms, plans,
            round(shared_blks_hit::numeric / calls, 1) AS blks, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query
       FROM pg_stat_statements WHERE calls > 0 ORDER BY total_exec_time DESC LIMIT 15`,
  );
  console.log('PostgreSQL statements during the capacity probe (total ms, calls, mean ms, planning ms and plans made when pg_stat_statements.track_planning is on, buffers hit per call):');
  for (const r of rows) console.log(`  ${String(r.total_ms).padStart(7)} ${String(r.calls).padStart(8)} ${String(r.mean_ms).padStart(8)} ${String(r.plan_ms).padStart(6)} ${String(r.plans).padStart(6)} ${String(r.blks).padStart(8)}  ${r.query}`);
  // WAL per answer: a count, not a timing, so it compares changes to the writes without the noise of timings.
  const { rows: [wal] } = await db.query(
    `SELECT w.wal_records, w.wal_fpi, w.wal_bytes, (SELECT count(*) FROM assignments WHERE submitted_at >= $1)::int AS answers FROM pg_stat_wal w`,
    [since],
  );
  const per = (n: number) => (wal.answers ? Math.round(Number(n) / wal.answers) : '—');
  console.log(`WAL during the capacity probe: ${wal.answers} answers; per answer ${per(wal.wal_records)} records, ${per(wal.wal_bytes)} bytes, ${wal.answers ? (Number(wal.wal_fpi) / wal.answers).toFixed(2) : '—'} full-page images`);
  const { rows: tables } = await db.query(
    `SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_dead_tup, autovacuum_count, autoanalyze_count,
            to_char(last_autoanalyze, 'HH24:MI:SS') AS analyzed FROM pg_stat_user_tables
      WHERE relname IN ('tasks', 'assignments', 'event_outbox', 'batches') ORDER BY relname`,
  );
  console.log('Tables over the whole run (inserts, updates, of which HOT, dead rows now, autovacuums, autoanalyzes and the last one\'s time):');
  for (const t of tables) console.log(`  ${t.relname.padEnd(13)} ${t.n_tup_ins} ${t.n_tup_upd} ${t.n_tup_hot_upd} ${t.n_dead_tup} ${t.autovacuum_count} ${t.autoanalyze_count} ${t.analyzed ?? '—'}`);
}

/** CPU time per request in ms, from a CPU share (% of one core) and a request rate. */
const perRequest = (share: number | undefined, perSecond: number) => (share === undefined || !perSecond ? '—' : round((share * 10) / perSecond, 2));

function report(closed: ClosedLoop[], capacity: Awaited<ReturnType<typeof capacityProbe>>, shares: typeof cpu, flush: ReturnType<typeof measureDiskFlush>): void {
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const pct = (share: CpuShare | undefined) =>
    share ? `API ${share.api ?? 0} %, PostgreSQL ${share.postgres ?? 0} %, load generator ${share.loadgen ?? 0} %` : '—';
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, with \`npm run bench:dispatch${quick ? ' -- --quick' : ''}\`:`,
    `${TASKS.toLocaleString('en')} tasks in ${PROJECTS} projects (overlap 3); the production API bundle with API_WORKERS=${API_WORKERS}`,
    '(one process per core) on an embedded PostgreSQL 17 (shared_buffers 1 GB) reached through its Unix socket (durable commits, except',
    'claims: committed asynchronously, in the API and the raw client alike); load generated by the same machine.',
    `The disk made 8 kB durable (write + fdatasync, as a commit's WAL flush) in ${flush.p50_ms} ms at p50, ${flush.p99_ms} ms at p99, before the run.`,
    FRESH_WAL
      ? 'The WAL is a new cluster\'s (BENCH_FRESH_WAL): each 16 MB segment is created as the previous one fills.'
      : 'Before the run, max_wal_size of WAL segments are made ready ahead of the writes, as a running server keeps them (recycled at its checkpoints).',
    'Tasks and assignments are analyzed 2 s into the first warm-up, as a deployment\'s are after its first traffic (the API\'s minute job, autovacuum).',
    `A cycle is claim → submit, measured for ${SECONDS} s in all, in ${ROUNDS} rounds of API then raw SQL (${SECONDS / ROUNDS} s each, after a warm-up of ${WARMUP_SECONDS} s in the first round and ${REWARM_SECONDS} s in the others, so that`,
    'a change of the machine\'s speed during the run weighs on both). "Raw SQL" sends the same statements',
    '(claim; the answer in one statement, or read then written where another answer to the task came between)',
    'straight to PostgreSQL with the same number of connections (no HTTP, GraphQL, auth or validation).',
    '',
    '| clients | API cycles/s | raw SQL cycles/s | ratio | API claim p50 / p99 (ms) | raw claim p50 / p99 (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...closed.map((r) => `| ${r.clients} | ${r.api_cycles_per_s} | ${r.raw_cycles_per_s} | ${r.ratio} | ${r.api_p50_claim_ms} / ${r.api_p99_claim_ms} | ${r.raw_p50_claim_ms} / ${r.raw_p99_claim_ms} |`),
    '',
    `CPU at 32 clients, in % of one core (${cpus().length * 100} % in all): API phase ${pct(shares.api)}; raw phase ${pct(shares.raw)}.`,
    `Busy PostgreSQL sessions at 32 clients (pg_stat_activity every ${WAIT_SAMPLE_MS} ms, first round): API phase ${waits.api ?? '—'}; raw phase ${waits.raw ?? '—'}.`,
    ...closed.filter((r) => r.bare_design_cycles_per_s !== undefined).map((r) =>
      `The issue's design, bare (\`apps/api/test/bare-design.sql.ts\`: its claim, and a submit that stores the answer and counts it; no eligibility, gold, consensus, events or quality rules), ` +
        `run after the raw SQL in each round on the same tables and connections (${BARE_TIMING.seconds * ROUNDS} s in all, after ${BARE_TIMING.warmup} s of warm-up each): ` +
        `${r.bare_design_cycles_per_s} cycles/s at ${r.clients} clients, where the issue measured about 2,900 on its 2-core machine.`),
    '',
    `Open loop: simulated people answering one task every ${THINK_MS / 1000} s on average (${THINK_JITTER ? `each task's time drawn uniformly from ${round((THINK_MS * (1 - THINK_JITTER)) / 1000, 1)}–${round((THINK_MS * (1 + THINK_JITTER)) / 1000, 1)} s` : 'always the same'}), on their own schedule however long the previous answer took (submit with the next task attached), each person on their own connection.`,
    '',
    '| people | requests/s | p50 (ms) | p99 (ms) | errors | CPU: API / PostgreSQL / load generator (%) | CPU per request: API / PostgreSQL (ms) | slowest disk flush (ms) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...capacity.rows.map(
      (r) =>
        `| ${r.people}${r.rerun ? ' (disk stall: run again)' : ''} | ${r.requests_per_s} | ${r.p50_ms} | ${r.p99_ms} | ${r.errors} | ${r.cpu.api ?? '—'} / ${r.cpu.postgres ?? '—'} / ${r.cpu.loadgen ?? '—'} | ` +
        `${perRequest(r.cpu.api, r.requests_per_s)} / ${perRequest(r.cpu.postgres, r.requests_per_s)} | ${r.worst_flush_ms ?? '—'} |`,
    ),
    '',
    capacity.rows.length
      ? `Largest number of people served with p99 ≤ ${LATENCY_BOUND_MS} ms: **${capacity.served}**${capacity.served === 0 ? ' (the first step already missed the bound)' : ''}.`
      : 'Capacity probe not run (BENCH_SKIP_CAPACITY).',
    '',
    ...capacity.rows.map((r) => `PostgreSQL's CPU by process with ${r.people} people (% of one core): ${kindsOf(r.postgres_cpu) || '—'}.`),
    ...capacity.rows.map((r) => `Busy PostgreSQL sessions with ${r.people} people${r.rerun ? ' (the attempt held by the disk)' : ''}: ${r.waits || '—'}.`),
  ];
  writeBenchSection(join(root, 'docs', 'benchmarks.md'), quick ? 'Dispatch (quick mode)' : 'Dispatch', lines.join('\n'));
}

async function startApi(main: string, databaseUrl: string) {
  const port = await freePort();
  // BENCH_API_NODE_ARGS: extra Node flags for the API process, e.g. --cpu-prof to see where its time goes.
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, main], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: secret, PORT: String(port), SEED_DEMO: 'false', API_WORKERS: String(API_WORKERS), DB_POOL_SIZE: process.env.BENCH_DB_POOL_SIZE ?? String(Math.ceil(40 / API_WORKERS)) },
    stdio: ['ignore', process.env.BENCH_API_STDOUT ? 'inherit' : 'ignore', 'inherit'],
  });
  // Interrupted, the benchmark takes its API down with it: left behind, the API replaced its dying
  // workers in a loop and halved every later run's throughput.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (child.kill('SIGTERM'), process.exit(130)));
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { child, url };
    await sleep(200);
  }
  throw new Error('The API did not start');
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

const kindsOf = (share: CpuShare) => Object.entries(share).map(([kind, used]) => `${kind} ${used}`).join(', ');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
