import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiBase, readToken, saveToken, tokenPath } from './config';
import { testContext } from './test-context';

describe('config', () => {
  it('takes --api, else FOURMI_API, else localhost, without a trailing slash', () => {
    expect(apiBase(undefined, {})).toBe('http://localhost:3000');
    expect(apiBase(undefined, { FOURMI_API: 'https://fourmi.example.org/' })).toBe('https://fourmi.example.org');
    expect(apiBase('http://127.0.0.1:4000', { FOURMI_API: 'https://x.example' })).toBe('http://127.0.0.1:4000');
    expect(() => apiBase('localhost:3000', {})).toThrow('--api must be an http(s) URL, not "localhost:3000"');
    expect(() => apiBase(undefined, { FOURMI_API: 'nope' })).toThrow('FOURMI_API is not a URL: "nope"');
  });

  it('saves the token readable by its owner only, and reads it back; FOURMI_TOKEN wins', async () => {
    const ctx = testContext();
    expect(tokenPath(ctx)).toBe(join(ctx.homedir, '.config', 'fourmi', 'token'));
    await expect(readToken(ctx)).rejects.toThrow('not signed in: run `fourmi login --email you@example.org` or set FOURMI_TOKEN');
    mkdirSync(join(ctx.homedir, '.config', 'fourmi'), { recursive: true });
    writeFileSync(tokenPath(ctx), 'old', { mode: 0o644 });
    const path = await saveToken(ctx, 'secret-token');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await readToken(ctx)).toBe('secret-token');
    expect(await readToken({ ...ctx, env: { FOURMI_TOKEN: 'from-env' } })).toBe('from-env');
  });

  it('follows XDG_CONFIG_HOME', async () => {
    const ctx = testContext();
    const xdg = { ...ctx, env: { XDG_CONFIG_HOME: join(ctx.homedir, 'xdg') } };
    const path = await saveToken(xdg, 't');
    expect(path).toBe(join(ctx.homedir, 'xdg', 'fourmi', 'token'));
    expect(statSync(join(ctx.homedir, 'xdg', 'fourmi')).mode & 0o777).toBe(0o700);
  });
});
