import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../../test/test-app';

describe('streamed batch upload (CSV and JSON Lines through COPY)', () => {
  let t: TestApp;
  let requester: { token: string };
  let projectId: string;
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
    const created = await t.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'Uploads', instructions: '', kind: 'CLASSIFICATION', config: { labels: LABELS }, rewardCents: 5, overlap: 2 } },
      requester.token,
    );
    projectId = created.data?.createProject.id;
  });
  afterAll(() => t.close());

  const upload = (body: string | Readable, query: string, headers: Record<string, string> = {}, token = requester.token) =>
    fetch(`${t.url}/api/projects/${projectId}/uploads?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : (Readable.toWeb(body) as ReadableStream),
      duplex: 'half',
    } as RequestInit);

  it('inserts every row of a CSV, quotes and line breaks included, as a draft batch', async () => {
    const csv = 'text,image_url\n"Hello, ""quoted"" world",\n"two\nlines",/media/a.png\nback\\slash\ttab,\n';
    const response = await upload(csv, 'format=csv&name=First%20upload');
    expect(response.status).toBe(201);
    const result = (await response.json()) as { batchId: string; items: number };
    expect(result.items).toBe(3);
    const tasks = await t.sql(`SELECT input, target_overlap, status FROM tasks WHERE batch_id = $1 ORDER BY id`, [result.batchId]);
    expect(tasks).toEqual([
      { input: { text: 'Hello, "quoted" world' }, target_overlap: 2, status: 'DRAFT' },
      { input: { text: 'two\nlines', imageUrl: '/media/a.png' }, target_overlap: 2, status: 'DRAFT' },
      { input: { text: 'back\\slash\ttab' }, target_overlap: 2, status: 'DRAFT' },
    ]);
    expect(await t.sql(`SELECT name, status, item_count FROM batches WHERE id = $1`, [result.batchId])).toEqual([{ name: 'First upload', status: 'DRAFT', item_count: 3 }]);
  });

  it('refuses a file with a bad row, naming the row and field, and inserts nothing', async () => {
    const before = await t.sql(`SELECT count(*)::int AS batches, (SELECT count(*)::int FROM tasks) AS tasks FROM batches`);
    const lines = ['{"text":"fine"}', '{"text":"fine too"}', '{"imageUrl":"javascript:alert(1)"}', '{"text":"after"}'];
    const response = await upload(lines.join('\n'), 'format=jsonl');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string; fields: { path: string; message: string }[] } };
    expect(error.message).toBe('1 problem in the file; nothing was added');
    expect(error.fields).toEqual([
      { path: 'rows[3].imageUrl', message: expect.stringMatching(/^Row 3 \(imageUrl\): /), reason: { key: 'field.notUrlOrPath', params: {} } },
    ]);
    expect(await t.sql(`SELECT count(*)::int AS batches, (SELECT count(*)::int FROM tasks) AS tasks FROM batches`)).toEqual(before);
  });

  it('refuses a file it cannot read, the problem with its reason for the console to word', async () => {
    const read = async (body: string, format: string) => ((await (await upload(body, `format=${format}`)).json()) as { error: { fields: unknown[] } }).error.fields;
    expect(await read('{"text":"fine"}\n{"text":', 'jsonl')).toEqual([{ path: 'rows[2]', message: 'Row 2: is not valid JSON', reason: { key: 'field.notJson', params: {} } }]);
    expect(await read('text,image_url\na,\nc\n', 'csv')).toEqual([
      { path: 'rows[2]', message: 'Row 2: expected 2 columns, found 1', reason: { key: 'field.columnCount', params: { expected: 2, found: 1 } } },
    ]);
    expect(await read('text\n"open\n', 'csv')).toEqual([
      { path: 'rows[1]', message: 'Row 1: a quoted field is not closed before the end of the file', reason: { key: 'field.quoteNotClosed', params: {} } },
    ]);
  });

  it('streams progress lines for a large file, then the result', async () => {
    const rows = 25_000;
    async function* file() {
      yield 'text\n';
      for (let i = 0; i < rows; i += 1000) yield Array.from({ length: 1000 }, (_, j) => `Review ${i + j}`).join('\n') + '\n';
    }
    const response = await upload(Readable.from(file()), 'format=csv', { accept: 'application/x-ndjson' });
    const messages = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
    expect(messages.filter((m) => m.type === 'progress').map((m) => m.rows)).toEqual([10_000, 20_000, 25_000]);
    expect(messages.at(-1)).toMatchObject({ type: 'done', items: rows });
    expect(await t.sql(`SELECT count(*)::int AS n FROM tasks WHERE batch_id = $1`, [messages.at(-1).batchId])).toEqual([{ n: rows }]);
  });

  it('adds nothing when the requester cancels mid-file, and keeps serving uploads', async () => {
    const count = () => t.sql<{ batches: number; tasks: number }>(`SELECT count(*)::int AS batches, (SELECT count(*)::int FROM tasks) AS tasks FROM batches`);
    const before = await count();
    const { hostname, port } = new URL(t.url);
    const request = httpRequest({ hostname, port, method: 'POST', path: `/api/projects/${projectId}/uploads?format=csv&name=Cancelled`, headers: { authorization: `Bearer ${requester.token}`, 'content-type': 'text/csv' } });
    request.on('error', () => undefined); // the cancel below
    request.write(['text', ...Array.from({ length: 30_000 }, (_, i) => `row ${i}`)].join('\n') + '\n');
    await new Promise((r) => setTimeout(r, 300)); // the API has begun its COPY
    request.destroy();
    // The upload's transaction rolls back and its connection goes back to the pool.
    await expect.poll(() => t.sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'COPY tasks%' AND state <> 'idle'`), { timeout: 10_000 }).toEqual([{ n: 0 }]);
    expect(await count()).toEqual(before);
    const next = await upload('text\nafter a cancel\n', 'format=csv');
    expect(next.status).toBe(201);
  });

  it('keeps other requesters out and names a missing format', async () => {
    const stranger = await t.user(Role.REQUESTER);
    expect((await upload('text\na\n', 'format=csv', {}, stranger.token)).status).toBe(404);
    const anonymous = await upload('text\na\n', 'format=csv', {}, 'not-a-token');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const noFormat = await upload('text\na\n', '');
    expect(noFormat.status).toBe(400);
    expect(((await noFormat.json()) as { error: { fields: { path: string }[] } }).error.fields[0].path).toBe('format');
  });
});
