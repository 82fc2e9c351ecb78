import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, publishedProject, submit } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const GOLD = `mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id } }`;
const CREATE_BATCH = `mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }`;

describe('results export (GET /api/projects/:id/export, streamed)', () => {
  let t: TestApp;
  let requester: { token: string };
  let projectId: string;
  let batchId: string;
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    ({ projectId, batchId } = await publishedProject(t, requester.token, { items: 2, overlap: 3 }));
    for (const label of ['positive', 'positive', 'negative']) {
      const worker = await t.user(Role.WORKER);
      const first = (await t.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      expect((await submit(t, worker.token, first.id, label)).errors).toBeUndefined();
    }
    // Neither gold items nor draft items are results.
    expect((await t.gql(GOLD, { input: { projectId, items: [{ input: { text: 'gold' }, answer: { label: 'neutral' } }] } }, requester.token)).errors).toBeUndefined();
    expect((await t.gql(CREATE_BATCH, { input: { projectId, items: [{ text: 'draft' }] } }, requester.token)).errors).toBeUndefined();
  });
  afterAll(() => t.close());

  const get = (id: string, query: string, token?: string) =>
    fetch(`${t.url}/api/projects/${id}/export${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('writes one CSV record per published item with its consensus, confidence and answers', async () => {
    const response = await get(projectId, '?format=csv', requester.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Sentiment-results.csv"');
    const [first, second] = await t.sql(`SELECT id::text, consensus FROM tasks WHERE batch_id = $1 ORDER BY id`, [batchId]);
    const [firstId, secondId] = [first.id, second.id];
    // The export copies the stored consensus (its confidence model is the dispatch module's concern).
    expect(first.consensus).toMatchObject({ voteKey: 'positive', votes: 2 });
    const confidence = String(Math.round(first.consensus.confidence * 10_000) / 10_000);
    expect(await response.text()).toBe(
      [
        'item_id,batch_id,input.text,answer,confidence,votes,answer_count,answers,answers_given,answer_statuses',
        `${firstId},${batchId},Review number 1,positive,${confidence},2,3,positive|positive|negative,"[{""label"":""positive""},{""label"":""positive""},{""label"":""negative""}]",SUBMITTED|SUBMITTED|SUBMITTED`,
        `${secondId},${batchId},Review number 2,,,,0,,[],`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes JSON Lines with every answer as given, and the same items', async () => {
    const response = await get(projectId, '?format=jsonl', requester.token);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Sentiment-results.jsonl"');
    const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ batchId, input: { text: 'Review number 1' }, answer: 'positive', votes: 2, answerCount: 3 });
    const [stored] = await t.sql(`SELECT consensus FROM tasks WHERE batch_id = $1 ORDER BY id LIMIT 1`, [batchId]);
    expect(lines[0].confidence).toBe(stored.consensus.confidence);
    expect(lines[0].answers.map((a: { answer: unknown; voteKey: string }) => [a.answer, a.voteKey])).toEqual([
      [{ label: 'positive' }, 'positive'],
      [{ label: 'positive' }, 'positive'],
      [{ label: 'negative' }, 'negative'],
    ]);
    expect(new Set(lines[0].answers.map((a: { workerId: string }) => a.workerId)).size).toBe(3);
    expect(lines[1]).toMatchObject({ input: { text: 'Review number 2' }, answer: null, confidence: null, answerCount: 0, answers: [] });
  });

  it('says which answers were accepted or rejected: a rejected one is listed but marked', async () => {
    const answers = await t.sql(`SELECT a.id::text, a.answer->>'label' AS label FROM assignments a JOIN tasks t ON t.id = a.task_id WHERE t.batch_id = $1 AND a.status = 'SUBMITTED' ORDER BY a.submitted_at, a.id`, [batchId]);
    const idsOf = (label: string) => answers.filter((a) => a['label'] === label).map((a) => String(a['id']));
    const [negative, positive] = [idsOf('negative'), idsOf('positive')];
    expect((await t.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`, { ids: positive }, requester.token)).errors).toBeUndefined();
    const rejected = await t.gql(`mutation($ids: [ID!]!) { rejectAssignments(ids: $ids, reason: "Did not read the review") { id } }`, { ids: negative }, requester.token);
    expect(rejected.errors).toBeUndefined();

    const csv = (await (await get(projectId, '?format=csv', requester.token)).text()).split('\r\n');
    expect(csv[1]).toMatch(/,positive\|positive\|negative,".*",ACCEPTED\|ACCEPTED\|REJECTED$/);
    const jsonl = (await (await get(projectId, '?format=jsonl', requester.token)).text()).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(jsonl[0].answers.map((a: { voteKey: string; status: string }) => [a.voteKey, a.status])).toEqual([
      ['positive', 'ACCEPTED'],
      ['positive', 'ACCEPTED'],
      ['negative', 'REJECTED'],
    ]);
  });

  it('is for the project owner only, and names a bad format', async () => {
    const stranger = await t.user(Role.REQUESTER);
    const denied = await get(projectId, '', stranger.token);
    expect(denied.status).toBe(404);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await get('not-a-uuid', '', requester.token)).status).toBe(404);
    const worker = await t.user(Role.WORKER);
    expect((await get(projectId, '', worker.token)).status).not.toBe(200);
    expect((await get(projectId, '')).status).not.toBe(200);
    const badFormat = await get(projectId, '?format=xlsx', requester.token);
    expect(badFormat.status).toBe(400);
    // The console and the CLI read which formats there are, in words or in English.
    expect(((await badFormat.json()) as { error: { fields: unknown[] } }).error.fields).toEqual([
      { path: 'format', message: 'Say format=csv or format=jsonl', reason: { key: 'field.notOneOf', params: { values: ['csv', 'jsonl'] } } },
    ]);
  });

  const LINK = `mutation($projectId: ID!, $format: String) { createExportLink(projectId: $projectId, format: $format) { url expiresAt } }`;

  it('gives the owner a one-minute link that downloads the same file with no token, for that project and format only', async () => {
    const made = await t.gql(LINK, { projectId, format: 'jsonl' }, requester.token);
    const { url, expiresAt } = made.data?.createExportLink ?? {};
    expect(url).toMatch(/^\/api\/exports\?ticket=[\w-]+\.[\w-]+$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(50_000);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    const byLink = await fetch(`${t.url}${url}`);
    expect(byLink.status).toBe(200);
    expect(byLink.headers.get('content-disposition')).toBe('attachment; filename="Sentiment-results.jsonl"');
    expect(await byLink.text()).toBe(await (await get(projectId, '?format=jsonl', requester.token)).text());

    // The link is its own proof: altered, it is refused with a message a person can act on.
    const altered = await fetch(`${t.url}${url.slice(0, -3)}abc`);
    expect(altered.status).toBe(401);
    expect(((await altered.json()) as { error: { message: string } }).error.message).toMatch(/download the results again/);
    expect((await fetch(`${t.url}/api/exports`)).status).toBe(401);
    // A browser tab opening it again is shown a page to act on, in its language.
    const inTab = await fetch(`${t.url}${url.slice(0, -3)}abc`, { headers: { accept: 'text/html,application/xhtml+xml', 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' } });
    expect(inTab.status).toBe(401);
    expect(inTab.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await inTab.text();
    expect(page).toContain('<h1 style="font-size: 1.4rem">Ce lien de téléchargement a expiré</h1>');
    expect(page).toContain('<a href="/console/">Ouvrir la console</a>');
    // Nor is it an access token.
    const ticket = new URL(url, t.url).searchParams.get('ticket') ?? '';
    expect((await get(projectId, '', ticket)).status).toBe(401);
  });

  it('refuses a link for a stranger’s project, a worker, or a bad format, naming the field', async () => {
    const stranger = await t.user(Role.REQUESTER);
    expect((await t.gql(LINK, { projectId }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const worker = await t.user(Role.WORKER);
    expect((await t.gql(LINK, { projectId }, worker.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(LINK, { projectId, format: 'xlsx' }, requester.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0].extensions)).toContain('"path":"format"');
  });

  it('pages through more items than one page, each once and in order, and quotes per RFC 4180', async () => {
    const big = await publishedProject(t, requester.token, { items: 2_345, overlap: 1 });
    await t.sql(`UPDATE tasks SET input = '{"text":"Hello, \\"quoted\\"\\nworld"}' WHERE id = (SELECT min(id) FROM tasks WHERE batch_id = $1)`, [big.batchId]);
    const response = await get(big.projectId, '?format=csv', requester.token);
    const text = await response.text();
    expect(text).toContain(`,${big.batchId},"Hello, ""quoted""\nworld",,,,0,,[],\r\n`);
    const records = text.split('\r\n').slice(1, -1);
    expect(records).toHaveLength(2_345);
    const ids = records.map((r) => Number(r.slice(0, r.indexOf(','))));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
    expect(records.at(-1)).toMatch(/,Review number 2345,,,,0,,\[\],$/);
  });
});
