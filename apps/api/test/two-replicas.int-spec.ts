import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consensusOf } from '../src/dispatch/consensus';
import { SKILL_PRIOR_MEAN } from '../src/quality/skills';
import { createTestDatabase } from './test-app';

const WORKERS = 200;
const ITEMS = 2000;
const OVERLAP = 3;
const root = resolve(__dirname, '../../..');

/** Two API processes (the production bundle) on one database, as behind a load balancer. */
describe('two API replicas, 200 workers claiming and submitting over HTTP', () => {
  const outDir = join(root, 'tmp', `api-replicas-${process.pid}`);
  const secret = randomBytes(32).toString('hex');
  const jwt = new JwtService({ secret, signOptions: { expiresIn: 3600 } });
  const replicas: ChildProcess[] = [];
  const urls: string[] = [];
  let databaseUrl: string;
  let db: pg.Pool;

  beforeAll(async () => {
    execFileSync('npx', ['vite', 'build', '--config', 'apps/api/vite.config.ts', '--outDir', outDir, '--logLevel', 'error'], { cwd: root });
    databaseUrl = await createTestDatabase();
    db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    for (const port of [await freePort(), await freePort()]) {
      const child = spawn(process.execPath, [join(outDir, 'main.js')], {
        env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: secret, PORT: String(port), SEED_DEMO: 'false', NODE_ENV: 'test' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      replicas.push(child);
      urls.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(urls.map((url) => waitForHealth(url)));
  }, 180_000);

  afterAll(async () => {
    for (const child of replicas) child.kill('SIGTERM');
    await Promise.all(replicas.map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))));
    await db?.end();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('gives every item exactly its overlap, never a (task, worker) pair twice, loses nothing, leaves no lease', async () => {
    const requester = await user('REQUESTER');
    const gql = async (url: string, token: string, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const labels = [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }];
    const { createProject } = await gql(urls[0], requester, `mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
      i: { name: 'Load', instructions: '', kind: 'CLASSIFICATION', config: { labels }, rewardCents: 1, overlap: OVERLAP },
    });
    const items = Array.from({ length: ITEMS }, (_, i) => ({ text: `item ${i}` }));
    const { createBatch } = await gql(urls[1], requester, `mutation($i: CreateBatchInput!) { createBatch(input: $i) { id } }`, { i: { projectId: createProject.id, items } });
    await gql(urls[0], requester, `mutation($c: Int!) { createTopUp(amountCents: $c) { status } }`, { c: ITEMS * OVERLAP * 2 });
    await gql(urls[0], requester, `mutation($id: ID!) { publishBatch(batchId: $id) { id } }`, { id: createBatch.id });

    const workers = await Promise.all(Array.from({ length: WORKERS }, () => user('WORKER')));
    let submitted = 0;
    await Promise.all(
      workers.map(async (token, w) => {
        const url = urls[w % 2];
        let next = (await gql(url, token, `mutation($p: ID!) { claimNext(projectId: $p) { id } }`, { p: createProject.id })).claimNext;
        while (next) {
          const answer = { label: w % 3 === 0 ? 'b' : 'a' };
          const result = await gql(urls[(w + submitted) % 2], token, `mutation($i: SubmitAnswerInput!) { submitAnswer(input: $i) { status next { id } } }`, {
            i: { assignmentId: next.id, answer, idempotencyKey: randomUUID() },
          });
          expect(result.submitAnswer.status).toBe('SUBMITTED');
          submitted += 1;
          next = result.submitAnswer.next;
        }
      }),
    );

    expect(submitted).toBe(ITEMS * OVERLAP);
    const { rows: perTask } = await db.query(
      `SELECT count(*) FILTER (WHERE a.n <> $2 OR t.submitted_count <> $2 OR t.live_count <> $2 OR t.status <> 'COMPLETED')::int AS wrong, count(*)::int AS tasks
         FROM tasks t JOIN (SELECT task_id, count(*) AS n FROM assignments WHERE status = 'SUBMITTED' GROUP BY task_id) a ON a.task_id = t.id
        WHERE t.project_id = $1`,
      [createProject.id, OVERLAP],
    );
    expect(perTask[0]).toEqual({ wrong: 0, tasks: ITEMS });
    const { rows: pairs } = await db.query(`SELECT count(*)::int AS n, count(DISTINCT (worker_id, task_id))::int AS pairs FROM assignments`);
    expect(pairs[0].n).toBe(pairs[0].pairs);
    const { rows: leftovers } = await db.query(`SELECT count(*)::int AS leased FROM assignments WHERE status = 'LEASED'`);
    expect(leftovers[0].leased).toBe(0);
    const { rows: answers } = await db.query(`SELECT count(*)::int AS n FROM assignments WHERE status = 'SUBMITTED' AND answer IS NOT NULL`);
    expect(answers[0].n).toBe(ITEMS * OVERLAP);
    // Each task's consensus is the one of all its answers, whichever replica wrote each one and however
    // they raced (answers written in one statement compute it in SQL, the others in JavaScript).
    const { rows: consensus } = await db.query(
      `SELECT t.consensus, array_agg(a.vote_key ORDER BY a.id) AS keys FROM tasks t JOIN assignments a ON a.task_id = t.id AND a.status = 'SUBMITTED'
        WHERE t.project_id = $1 GROUP BY t.id`,
      [createProject.id],
    );
    const wrong = consensus.filter(({ consensus: stored, keys }: { consensus: { voteKey: string; votes: number; confidence: number } | null; keys: string[] }) => {
      const expected = consensusOf('CLASSIFICATION', { labels }, keys.map((label) => ({ answer: { label }, accuracy: SKILL_PRIOR_MEAN })));
      return !stored || !expected || stored.voteKey !== expected.voteKey || stored.votes !== expected.votes || Math.abs(stored.confidence - expected.confidence) > 1e-9;
    });
    expect(wrong).toEqual([]);
  }, 300_000);

  async function user(role: 'WORKER' | 'REQUESTER'): Promise<string> {
    const { rows } = await db.query(
      `INSERT INTO users (email, password_hash, display_name, roles) VALUES ($1, 'x', $2, ARRAY[$2]) RETURNING id`,
      [`${randomUUID()}@example.org`, role],
    );
    return jwt.signAsync({ sub: rows[0].id, roles: [role] });
  }
});

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string): Promise<void> {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}
