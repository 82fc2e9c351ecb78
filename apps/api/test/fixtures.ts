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
export const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { assignmentId status next { id input } } }`;

/** A classification project with `items` published items, owned by `token`. */
export async function publishedProject(t: TestApp, token: string, options: { items: number; overlap: number; leaseSeconds?: number }) {
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
      },
    },
    token,
  );
  if (!project.data) throw new Error(JSON.stringify(project.errors));
  const projectId: string = project.data.createProject.id;
  const items = Array.from({ length: options.items }, (_, i) => ({ text: `Review number ${i + 1}` }));
  const batch = await t.gql(CREATE_BATCH, { input: { projectId, items } }, token);
  await t.gql(PUBLISH, { id: batch.data!.createBatch.id }, token);
  return { projectId, batchId: batch.data!.createBatch.id as string };
}

export function submit(t: TestApp, token: string, assignmentId: string, label: string, idempotencyKey: string = randomUUID()) {
  return t.gql(SUBMIT, { input: { assignmentId, answer: { label }, idempotencyKey } }, token);
}
