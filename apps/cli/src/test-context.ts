import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { onTestFinished } from 'vitest';
import type { Context } from './context';

/** A writable that keeps what is written, as text. */
export class Collector extends Writable {
  text = '';
  isTTY = false;
  columns = 80;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface TestContext extends Context {
  stdout: Collector;
  stderr: Collector;
}

/** A context for running commands in-process: output collected, a temporary home (removed when the test ends; call it inside a test), no real waiting. */
export function testContext(overrides: Partial<Omit<Context, 'stdout' | 'stderr'>> & { stdinText?: string } = {}): TestContext {
  const { stdinText, ...rest } = overrides;
  let clock = 0;
  const home = mkdtempSync(join(tmpdir(), 'fourmi-cli-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  return {
    env: {},
    stdout: new Collector(),
    stderr: new Collector(),
    stdin: Readable.from(stdinText === undefined ? [] : [Buffer.from(stdinText)]) as unknown as Context['stdin'],
    fetch: () => Promise.reject(new Error('no fetch in this test')),
    homedir: home,
    sleep: async (ms) => {
      clock += ms;
    },
    now: () => clock,
    ...rest,
  };
}

/** A fetch answering GraphQL operations with `answer(query, variables)`, recording each call. */
export function graphqlFetch(answer: (query: string, variables: Record<string, unknown>) => unknown) {
  const calls: { url: string; query: string; variables: Record<string, unknown>; authorization: string | null }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    calls.push({ url: String(url), ...body, authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify(answer(body.query, body.variables)), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetch: fetchImpl, calls };
}
