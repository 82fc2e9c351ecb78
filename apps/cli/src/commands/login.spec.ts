import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import type { Context } from '../context';
import { graphqlFetch, testContext } from '../test-context';
import { promptHidden } from './login';

const signedIn = { data: { signIn: { token: 'tok-1', user: { email: 'req@example.org', roles: ['REQUESTER'] } } } };

describe('fourmi login', () => {
  it('reads the password from a pipe and saves the token with mode 600', async () => {
    const api = graphqlFetch(() => signedIn);
    const ctx = testContext({ fetch: api.fetch, stdinText: 'pa ss\n' });
    expect(await runCli(['login', '--email', 'req@example.org'], ctx)).toBe(0);
    expect(api.calls[0]).toMatchObject({ variables: { input: { email: 'req@example.org', password: 'pa ss' } }, authorization: null });
    const path = join(ctx.homedir, '.config', 'fourmi', 'token');
    expect(readFileSync(path, 'utf8')).toBe('tok-1\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(ctx.stderr.text).toBe(`Signed in as req@example.org (REQUESTER); token saved in ${path}\n`);
  });

  it('takes --password, warns a worker, and shows a refusal', async () => {
    const worker = graphqlFetch(() => ({ data: { signIn: { token: 't', user: { email: 'w@example.org', roles: ['WORKER'] } } } }));
    const ctx = testContext({ fetch: worker.fetch });
    expect(await runCli(['login', '--email', 'w@example.org', '--password', 'x'], ctx)).toBe(0);
    expect(ctx.stderr.text).toContain('not a requester');
    const refused = graphqlFetch(() => ({ errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }] }));
    const bad = testContext({ fetch: refused.fetch });
    expect(await runCli(['login', '--email', 'w@example.org', '--password', 'y'], bad)).toBe(1);
    expect(bad.stderr.text).toBe('fourmi login: Wrong email or password (UNAUTHENTICATED)\n');
    const noEmail = testContext();
    expect(await runCli(['login'], noEmail)).toBe(1);
    expect(noEmail.stderr.text).toContain('fourmi login: missing --email');
    const empty = testContext({ stdinText: '\n' });
    expect(await runCli(['login', '--email', 'a@b.c'], empty)).toBe(1);
    expect(empty.stderr.text).toBe('fourmi login: the password is empty\n');
  });

  it('prompts on a terminal without echo, Backspace editing', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[], setRawMode(mode: boolean) { this.rawModes.push(mode); } });
    const ctx = testContext();
    const answer = promptHidden(stdin as unknown as Context['stdin'], ctx.stderr, 'Password: ');
    stdin.write('secrx');
    stdin.write('\u007fet\r');
    expect(await answer).toBe('secret');
    expect(ctx.stderr.text).toBe('Password: \n');
    expect(stdin.rawModes).toEqual([true, false]);
  });
});
