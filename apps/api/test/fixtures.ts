import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

export const LABELS = [
  { value: 'positive', text: 'Positive' },
  { value: 'neutral', text: 'Neutral' },
  { value: 'negative', text: 'Negative' },
];

const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const CREATE_BATCH = `mutation($input: CreateBatchInput!) { createBatch(input: $input) { id itemCount status } }`;
const PUBLISH = `mutation($id: ID!) { publishBatch(batchId: $id) { id status } }`;
export const CLAIM = `mutation($projectId: ID!) { claimNext(projectId: $projectId) { id input leaseExpiresAt project { id name } } }`;
const TOP_UP = `mutation($amountCents: Int!) { createTopUp(amountCents: $amountCents) { id status } }`;
export const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { assignmentId status next { id input } } }`;

/**
 * A classification project with `items` published items (5 ¢ each), owned by `token`. Publishing
 * escrows every answer with its 20% fee, so the requester first tops up exactly that in the sandbox
 * (`fund: false` to skip, e.g. to test a refusal or when the app runs on the Stripe mock).
 */
export async function publishedProject(
  t: TestApp,
  token: string,
  options: { items: number; overlap: number; leaseSeconds?: number; fund?: boolean; qualityRules?: Record<string, unknown>; goldRatio?: number },
) {
  const project = await t.gql(
    CREATE_PROJECT,
    {
      input: {
        name: 'Sentiment',
        instructions: 'Choose the **sentiment**.',
        kind: 'CLASSIFICATION',
        config: { labels: LABELS },
        rewardCents: 5,
        overlap: options.overlap,
        leaseSeconds: options.leaseSeconds ?? 600,
        ...(options.qualityRules && { qualityRules: options.qualityRules }),
        ...(options.goldRatio !== undefined && { goldRatio: options.goldRatio }),
      },
    },
    token,
  );
  if (!project.data) throw new Error(JSON.stringify(project.errors));
  const projectId: string = project.data.createProject.id;
  const items = Array.from({ length: options.items }, (_, i) => ({ text: `Review number ${i + 1}` }));
  const batch = await t.gql(CREATE_BATCH, { input: { projectId, items } }, token);
  if (options.fund !== false) {
    await topUp(t, token, Math.max(100, options.items * options.overlap * 6));
  }
  const published = await t.gql(PUBLISH, { id: batch.data!.createBatch.id }, token);
  if (options.fund !== false && published.errors) throw new Error(`Publishing failed: ${JSON.stringify(published.errors)}`);
  return { projectId, batchId: batch.data!.createBatch.id as string };
}

export function submit(t: TestApp, token: string, assignmentId: string, label: string, idempotencyKey: string = randomUUID()) {
  return t.gql(SUBMIT, { input: { assignmentId, answer: { label }, idempotencyKey } }, token);
}

/**
 * A worker answers `projectId`'s tasks with `label`, one after another as the worker app does (each
 * answer carries the next lease), until none is left or `most` are answered; returns the answered
 * assignments' ids in order.
 */
export async function answerTasks(t: TestApp, token: string, projectId: string, label = 'positive', most = Infinity): Promise<string[]> {
  const ids: string[] = [];
  for (let lease = (await t.gql(CLAIM, { projectId }, token)).data?.claimNext; lease && ids.length < most; ) {
    ids.push(lease.id);
    lease = (await submit(t, token, lease.id, label)).data?.submitAnswer.next;
  }
  return ids;
}

/** Credits a requester's balance through a sandbox top-up (the app must run on the sandbox provider). */
export async function topUp(t: TestApp, token: string, amountCents: number): Promise<void> {
  const result = await t.gql(TOP_UP, { amountCents }, token);
  if (result.data?.createTopUp.status !== 'PAID') throw new Error(`Sandbox top-up failed: ${JSON.stringify(result.errors)}`);
}

/** `probe`'s first value other than undefined, asked every 100 ms (things the relay or a job do later). */
export async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Until at least `count` sessions of the test database wait on a lock: a statement a spec started
 * has reached the row its transaction holds. Asked on the app's pool, outside the locking
 * transaction (inside it, pg_stat_activity stays as first read).
 */
export function lockWaiters(t: TestApp, count = 1): Promise<true> {
  return until(async () => {
    const [{ waiting }] = await t.sql(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    return waiting >= count || undefined;
  }, 10_000);
}
