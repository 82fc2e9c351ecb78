import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { testContext } from '../test-context';
import { exportFormat } from './export';

function exportFetch(body: string | (() => ReadableStream), status = 200) {
  const urls: string[] = [];
  const fetchImpl = (async (url: string) => {
    urls.push(String(url));
    return new Response(typeof body === 'function' ? body() : body, { status });
  }) as unknown as typeof fetch;
  return { fetch: fetchImpl, urls };
}

describe('fourmi export', () => {
  it('chooses the format from --format, else --out’s extension, else CSV', () => {
    expect(exportFormat(undefined, undefined)).toBe('csv');
    expect(exportFormat(undefined, 'r.jsonl')).toBe('jsonl');
    expect(exportFormat(undefined, 'r.ndjson')).toBe('jsonl');
    expect(exportFormat('csv', 'r.jsonl')).toBe('csv');
    expect(() => exportFormat('xlsx', undefined)).toThrow('--format must be csv or jsonl, not "xlsx"');
  });

  it('streams the file to standard output', async () => {
    const api = exportFetch('item_id,answer\r\n1,yes\r\n');
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't', FOURMI_API: 'http://api.test' } });
    expect(await runCli(['export', 'p-1'], ctx)).toBe(0);
    expect(api.urls).toEqual(['http://api.test/api/projects/p-1/export?format=csv']);
    expect(ctx.stdout.text).toBe('item_id,answer\r\n1,yes\r\n');
  });

  it('writes to --out, and removes a half-written file when the download is cut off', async () => {
    const ok = exportFetch('{"itemId":"1"}\n');
    const ctx = testContext({ fetch: ok.fetch, env: { FOURMI_TOKEN: 't' } });
    const out = join(ctx.homedir, 'results.jsonl');
    expect(await runCli(['export', 'p-1', '--out', out], ctx)).toBe(0);
    expect(ok.urls[0]).toMatch(/format=jsonl$/);
    expect(readFileSync(out, 'utf8')).toBe('{"itemId":"1"}\n');
    expect(ctx.stdout.text).toBe('');

    const broken = exportFetch(
      () =>
        new ReadableStream({
          pull(controller) {
            controller.enqueue(new TextEncoder().encode('item_id\r\n'));
            controller.error(new Error('socket hang up'));
          },
        }),
    );
    const cut = testContext({ fetch: broken.fetch, env: { FOURMI_TOKEN: 't' } });
    const partial = join(cut.homedir, 'results.csv');
    expect(await runCli(['export', 'p-1', '--out', partial], cut)).toBe(1);
    expect(cut.stderr.text).toBe('fourmi export: the download was cut off (socket hang up); run the export again\n');
    expect(existsSync(partial)).toBe(false);
  });

  it('names a refused export', async () => {
    const api = exportFetch(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such project' } }), 404);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['export', 'p-1'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe('fourmi export: export refused: No such project\n');
  });
});
