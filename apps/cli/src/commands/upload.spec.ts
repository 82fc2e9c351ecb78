import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { testContext } from '../test-context';
import { uploadFormat } from './upload';

/** A fake API: reads the uploaded body, then streams `lines`; answers GraphQL with `gql`. */
function fakeApi(lines: object[], gql: (query: string) => unknown = () => ({})) {
  const seen: { url: string; accept: string | null; body: string; queries: string[] } = { url: '', accept: null, body: '', queries: [] };
  const fetchImpl = (async (url: string, init: RequestInit) => {
    if (String(url).endsWith('/graphql')) {
      const { query } = JSON.parse(String(init.body));
      seen.queries.push(query);
      return new Response(JSON.stringify(gql(query)));
    }
    seen.url = String(url);
    seen.accept = new Headers(init.headers).get('accept');
    seen.body = await new Response(init.body).text();
    return new Response(lines.map((l) => `${JSON.stringify(l)}\n`).join(''), { headers: { 'content-type': 'application/x-ndjson' } });
  }) as unknown as typeof fetch;
  return { fetch: fetchImpl, seen };
}

function csvFile(dir: string, text: string, name = 'items.csv'): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('fourmi upload', () => {
  it('tells the format from the extension', () => {
    expect(uploadFormat('a.csv')).toBe('csv');
    expect(uploadFormat('A.CSV')).toBe('csv');
    expect(uploadFormat('a.jsonl')).toBe('jsonl');
    expect(uploadFormat('a.ndjson')).toBe('jsonl');
    expect(() => uploadFormat('a.json')).toThrow('cannot tell the format of a.json: name it .csv, .jsonl or .ndjson');
  });

  it('streams the file, draws the progress lines and prints the batch id', async () => {
    // As the API does: a progress line every 10,000 rows and one with the total, then the result.
    const api = fakeApi([{ type: 'progress', rows: 10_000 }, { type: 'progress', rows: 20_000 }, { type: 'progress', rows: 25_000 }, { type: 'done', batchId: 'b-1', items: 25_000 }]);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't', FOURMI_API: 'http://api.test' } });
    const file = csvFile(ctx.homedir, 'text\nhello\n');
    expect(await runCli(['upload', 'p-1', file, '--name', 'May 1'], ctx)).toBe(0);
    expect(api.seen.url).toBe('http://api.test/api/projects/p-1/uploads?format=csv&name=May+1');
    expect(api.seen.accept).toBe('application/x-ndjson');
    expect(api.seen.body).toBe('text\nhello\n');
    expect(ctx.stdout.text).toBe('b-1\n');
    expect(ctx.stderr.text.split('\n')).toEqual([
      '[########################] 100%  11 B / 11 B  10,000 rows',
      '[########################] 100%  11 B / 11 B  20,000 rows',
      '[########################] 100%  11 B / 11 B  25,000 rows',
      'Uploaded 25,000 items as batch b-1 (draft)',
      '',
    ]);
  });

  it('publishes with --publish', async () => {
    const api = fakeApi([{ type: 'done', batchId: 'b-2', items: 3 }], () => ({ data: { publishBatch: { id: 'b-2', status: 'PUBLISHED', itemCount: 3 } } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['upload', 'p-1', csvFile(ctx.homedir, 'text\na\nb\nc\n'), '--publish'], ctx)).toBe(0);
    expect(api.seen.queries[0]).toContain('publishBatch');
    expect(ctx.stderr.text).toContain('Uploaded 3 items as batch b-2 (published)');
  });

  it('says the batch stays a draft when publishing fails', async () => {
    const api = fakeApi([{ type: 'done', batchId: 'b-3', items: 3 }], () => ({ errors: [{ message: 'Your balance does not cover the escrow', extensions: { code: 'INSUFFICIENT_FUNDS' } }] }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['upload', 'p-1', csvFile(ctx.homedir, 'text\na\n'), '--publish'], ctx)).toBe(1);
    expect(ctx.stdout.text).toBe('b-3\n');
    expect(ctx.stderr.text).toContain('fourmi upload: uploaded 3 items as draft batch b-3, but publishing failed: Your balance does not cover the escrow (INSUFFICIENT_FUNDS)');
  });

  it('lists each bad row and exits with 1', async () => {
    const fields = [
      { path: 'rows[3].imageUrl', message: 'Row 3 (imageUrl): Must be an http(s) URL or a /path.' },
      { path: 'rows[5]', message: 'Row 5: Needs a text, an imageUrl, or both.' },
    ];
    const api = fakeApi([{ type: 'error', error: { code: 'BAD_USER_INPUT', message: '2 problems in the file; nothing was added', fields } }]);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['upload', 'p-1', csvFile(ctx.homedir, '{}\n', 'x.jsonl')], ctx)).toBe(1);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe(
      'fourmi upload: 2 problems in the file; nothing was added\n  row 3 (imageUrl): Must be an http(s) URL or a /path.\n  row 5: Needs a text, an imageUrl, or both.\n',
    );
  });

  it('names a missing file, a refused request and a cut-off stream', async () => {
    const ctx = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['upload', 'p-1', join(ctx.homedir, 'nope.csv')], ctx)).toBe(1);
    expect(ctx.stderr.text).toMatch(/^fourmi upload: cannot read .*nope\.csv: no such file\n$/);

    const notFound = testContext({
      env: { FOURMI_TOKEN: 't' },
      fetch: (async () => new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such project' } }), { status: 404 })) as unknown as typeof fetch,
    });
    expect(await runCli(['upload', 'p-1', csvFile(notFound.homedir, 'text\na\n')], notFound)).toBe(1);
    expect(notFound.stderr.text).toBe('fourmi upload: upload refused: No such project\n');

    const cut = fakeApi([{ type: 'progress', rows: 10_000 }]);
    const cutCtx = testContext({ fetch: cut.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['upload', 'p-1', csvFile(cutCtx.homedir, 'text\na\n')], cutCtx)).toBe(1);
    expect(cutCtx.stderr.text).toContain('fourmi upload: the API closed the connection before the upload finished; nothing was added');
  });
});
