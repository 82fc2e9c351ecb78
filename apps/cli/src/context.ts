import { homedir } from 'node:os';

/** A stream the CLI writes to: stdout, stderr, or a test's collector. */
export interface Output {
  write(chunk: string | Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Input extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/** Everything a command touches outside itself, so each runs in-process in tests. */
export interface Context {
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  stdin: Input;
  fetch: typeof fetch;
  homedir: string;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export function processContext(): Context {
  return {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    fetch: globalThis.fetch,
    homedir: homedir(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
}

/** Writes with backpressure: waits for `drain` when the stream's buffer is full. */
export async function writeAll(out: Output, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}
