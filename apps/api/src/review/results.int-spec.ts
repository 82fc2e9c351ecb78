import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CLAIM, LABELS, publishedProject, submit, topUp } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { graphqlRuntime } from '../common/graphql-runtime';
import { printApiSchema } from '../schema';

const RESULTS = `query($id: ID!) { projectResults(projectId: $id) { total items { input answers { workerId answer } consensus { voteKey votes confidence } } } }`;

describe('requester: projects, batches and results', () => {
  let t: TestApp;
  let requester: { token: string; id: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
  });
  afterAll(() => t.close());

  it('refuses a bad project config, naming each field', async () => {
    const result = await t.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'x', instructions: '', kind: 'CLASSIFICATION', config: { labels: [{ value: 'a', text: 'A' }, { value: 'a', text: 'B' }] }, rewardCents: 0, overlap: 3 } },
      requester.token,
    );
    const paths = result.errors?.[0].extensions?.fields?.map((f) => f.path);
    expect(paths).toContain('rewardCents');
    const again = await t.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'x', instructions: '', kind: 'CLASSIFICATION', config: { labels: [{ value: 'a', text: 'A' }, { value: 'a', text: 'B' }] }, rewardCents: 5, overlap: 3 } },
      requester.token,
    );
    expect(again.errors?.[0].extensions?.fields?.[0].path).toMatch(/^config\.labels\[1\]\.value$/);
    expect(await t.sql(`SELECT count(*)::int AS n FROM projects`)).toEqual([{ n: 0 }]);
  });

  it('refuses a batch with a bad row, giving its number and field, and inserts nothing', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    const result = await t.gql(
      `mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`,
      { input: { projectId, items: [{ text: 'fine' }, { text: 'fine too' }, { colour: 'blue' }] } },
      requester.token,
    );
    const field = result.errors?.[0].extensions?.fields?.[0];
    expect(field?.path).toMatch(/^items\[2\]/);
    expect(field?.message).toMatch(/^Row 3: /);
    expect(await t.sql(`SELECT count(*)::int AS n FROM tasks WHERE project_id = $1`, [projectId])).toEqual([{ n: 1 }]);
  });

  it('shows each item with its answers and the majority label, to its owner only', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 2, overlap: 3 });
    const votes = ['positive', 'positive', 'negative'];
    for (const label of votes) {
      const worker = await t.user(Role.WORKER);
      const first = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      await submit(t, worker.token, first.id, label);
    }
    const results = await t.gql(RESULTS, { id: projectId }, requester.token);
    const page = results.data?.projectResults;
    expect(page.total).toBe(2);
    expect(page.items[0].answers.map((a: { answer: { label: string } }) => a.answer.label)).toEqual(votes);
    expect(new Set(page.items[0].answers.map((a: { workerId: string }) => a.workerId)).size).toBe(3);
    expect(page.items[0].consensus).toMatchObject({ voteKey: 'positive', votes: 2 });
    // One-coin posterior, three labels, every worker at the 70 % prior: each vote weighs log(2·0.7/0.3).
    const odds = (2 * 0.7) / 0.3;
    expect(page.items[0].consensus.confidence).toBeCloseTo(odds ** 2 / (odds ** 2 + odds + 1), 5);
    expect(page.items[1]).toMatchObject({ answers: [], consensus: null });

    await t.settle(); // the counts are the batches', kept as answers are relayed
    const stats = await t.gql(`query($id: ID!) { project(id: $id) { stats { items openItems completedItems answers } batches { status itemCount } } }`, { id: projectId }, requester.token);
    expect(stats.data?.project).toEqual({ stats: { items: 2, openItems: 1, completedItems: 1, answers: 3 }, batches: [{ status: 'PUBLISHED', itemCount: 2 }] });

    const stranger = await t.user(Role.REQUESTER);
    const denied = await t.gql(RESULTS, { id: projectId }, stranger.token);
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('pages results batch by batch, and counts items, open items and answers from the batches', async () => {
    const { projectId } = await publishedProject(t, requester.token, { items: 3, overlap: 1 });
    const addBatch = async (texts: string[], publish: boolean) => {
      const id = (await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`, { input: { projectId, items: texts.map((text) => ({ text })) } }, requester.token)).data?.createBatch.id;
      if (publish) await t.gql(`mutation($id: ID!) { publishBatch(batchId: $id) { status } }`, { id }, requester.token);
    };
    await topUp(t, requester.token, 100);
    await addBatch(['second 1', 'second 2'], true);
    await addBatch(['draft 1'], false); // not published: not in the results
    const page = async (offset: number, limit: number) =>
      (await t.gql(`query($id: ID!, $o: Int!, $l: Int!) { projectResults(projectId: $id, offset: $o, limit: $l) { total items { input } } }`, { id: projectId, o: offset, l: limit }, requester.token)).data?.projectResults;
    const texts = (p: { items: { input: { text: string } }[] }) => p.items.map((i) => i.input.text);
    expect(texts(await page(0, 10))).toEqual(['Review number 1', 'Review number 2', 'Review number 3', 'second 1', 'second 2']);
    expect(await page(2, 2)).toEqual({ total: 5, items: [{ input: { text: 'Review number 3' } }, { input: { text: 'second 1' } }] });
    expect(texts(await page(4, 10))).toEqual(['second 2']);
    expect(await page(5, 10)).toEqual({ total: 5, items: [] });

    const worker = await t.user(Role.WORKER);
    let lease = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    for (let n = 0; lease && n < 4; n++) lease = (await submit(t, worker.token, lease.id, 'positive')).data?.submitAnswer.next;
    await t.settle();
    const stats = async () => (await t.gql(`query($id: ID!) { project(id: $id) { stats { items openItems completedItems answers } } }`, { id: projectId }, requester.token)).data?.project.stats;
    expect(await stats()).toEqual({ items: 6, openItems: 1, completedItems: 4, answers: 4 });
    // Answers returned (after a ban) leave the counts and their items open again; the first batch has
    // ended (all 3 items completed), so its answers stay.
    expect((await t.gql(`mutation($p: ID!, $w: ID!) { returnWorkerAnswers(projectId: $p, workerId: $w, reason: "Spam") }`, { p: projectId, w: worker.id }, requester.token)).data?.returnWorkerAnswers).toBe(1);
    expect(await stats()).toEqual({ items: 6, openItems: 2, completedItems: 3, answers: 3 });
  });

  it('keeps draft items away from workers until the batch is published, and publishes once', async () => {
    const project = await t.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'Draft', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 1 } },
      requester.token,
    );
    const projectId = project.data?.createProject.id;
    const batch = await t.gql(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { id status } }`, { input: { projectId, items: [{ text: 'a' }] } }, requester.token);
    expect(batch.data?.createBatch.status).toBe('DRAFT');
    const worker = await t.user(Role.WORKER);
    expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext).toBeNull();
    await topUp(t, requester.token, 100); // the escrow of 1 item × 1 answer × (5 ¢ + fee)
    const publish = `mutation($id: ID!) { publishBatch(batchId: $id) { status } }`;
    expect((await t.gql(publish, { id: batch.data?.createBatch.id }, requester.token)).data?.publishBatch.status).toBe('PUBLISHED');
    expect((await t.gql(publish, { id: batch.data?.createBatch.id }, requester.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext.input).toEqual({ text: 'a' });
  });

  it('serves exactly the schema committed in schema.gql (built from the listed resolvers)', async () => {
    const served = t.app.get(GraphQLSchemaHost).schema;
    const { printSchema, lexicographicSortSchema } = graphqlRuntime;
    expect(`${printSchema(lexicographicSortSchema(served))}\n`).toBe(await printApiSchema());
  });
});
