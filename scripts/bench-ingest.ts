// `npm run bench:ingest [-- --rows N]`: streams a CSV of N rows (default 1,000,000) to the upload
// endpoint of the production API bundle and reports the time, the rows per second and the API
// process's peak memory (VmHWM) before and after, to show the upload holds bounded memory.
// Writes the `## Ingest` section of docs/benchmarks.md.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';
import { writeBenchSection } from './bench-report';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_000_000;
const secret = randomUUID() + randomUUID();

async function main(): Promise<void> {
  const outDir = join(root, 'tmp', 'bench-api');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'apps/api/vite.config.ts', '--outDir', outDir, '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The API build failed');
  const dataDir = join(tmpdir(), `fourmi-ingest-pg-${process.pid}`);
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'ingest' });
  const port = await freePort();
  const api: ChildProcess = spawn(process.execPath, [join(outDir, 'main.js')], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: server.url, JWT_SECRET: secret, PORT: String(port), SEED_DEMO: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const db = new pg.Pool({ connectionString: server.url, max: 2 });
  try {
    await waitForHealth(`http://127.0.0.1:${port}`);
    const { rows: [user] } = await db.query(`INSERT INTO users (email, password_hash, display_name, roles) VALUES ('ingest@fourmi.test', 'x', 'Ingest', '{REQUESTER}') RETURNING id`);
    const token = await new JwtService({ secret, signOptions: { expiresIn: 3600 } }).signAsync({ sub: user.id, roles: ['REQUESTER'] });
    const config = JSON.stringify({ labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }] });
    const { rows: [project] } = await db.query(
      `INSERT INTO projects (owner_id, name, instructions, kind, config, reward_cents, overlap, lease_seconds) VALUES ($1, 'Ingest', '', 'CLASSIFICATION', $2, 1, 3, 600) RETURNING id`,
      [user.id, config],
    );
    const before = peakMemoryMiB(api.pid!);
    const started = performance.now();
    const result = await upload(port, token, project.id);
    const seconds = (performance.now() - started) / 1000;
    const after = peakMemoryMiB(api.pid!);
    const { rows: [count] } = await db.query(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [project.id]);
    if (count.n !== ROWS) throw new Error(`Expected ${ROWS} tasks, found ${count.n}`);
    const line = `${ROWS.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(ROWS / seconds).toLocaleString('en')} rows/s); API peak memory ${before} MiB before, ${after} MiB after; ${result.progress} progress lines`;
    console.log(line);
    const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    writeBenchSection(
      join(root, 'docs', 'benchmarks.md'),
      'Ingest',
      [
        `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, with \`npm run bench:ingest\`: a CSV of one text column streamed to`,
        '`POST /api/projects/:id/uploads` of the production API bundle (one process) on an embedded PostgreSQL on the same machine;',
        'each row validated by the task kind and written with COPY in one transaction. Peak memory is the API process\'s VmHWM.',
        '',
        '| rows | seconds | rows/s | API peak memory before (MiB) | after (MiB) |',
        '| ---: | ---: | ---: | ---: | ---: |',
        `| ${ROWS.toLocaleString('en')} | ${seconds.toFixed(1)} | ${Math.round(ROWS / seconds).toLocaleString('en')} | ${before} | ${after} |`,
      ].join('\n'),
    );
    console.log(`RESULT ${JSON.stringify({ rows: ROWS, seconds: Number(seconds.toFixed(1)), peak_mib_before: before, peak_mib_after: after })}`);
  } finally {
    await db.end();
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Streams the generated CSV (never held whole) and counts the progress lines of the answer. */
function upload(port: number, token: string, projectId: string): Promise<{ progress: number }> {
  async function* csv() {
    yield 'text\n';
    for (let i = 0; i < ROWS; i += 10_000) {
      let chunk = '';
      // A quoted field with a comma and escaped quotes: the parser's slow path, on purpose.
      for (let j = i; j < Math.min(i + 10_000, ROWS); j++) chunk += `"Review number ${j}, with a comma and ""quotes"""\n`;
      yield chunk;
    }
  }
  return new Promise((resolvePromise, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/projects/${projectId}/uploads?format=csv`, headers: { authorization: `Bearer ${token}`, accept: 'application/x-ndjson', 'content-type': 'text/csv' } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => {
          const lines = body.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
          if (lines.at(-1)?.type !== 'done') reject(new Error(`Upload failed: ${body.slice(-500)}`));
          else resolvePromise({ progress: lines.filter((l) => l.type === 'progress').length });
        });
      },
    );
    req.on('error', reject);
    Readable.from(csv()).pipe(req);
  });
}

function peakMemoryMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function waitForHealth(url: string): Promise<void> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The API did not start');
}

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
