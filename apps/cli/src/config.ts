import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Context } from './context';
import { CliError, UsageError } from './errors';

export const DEFAULT_API = 'http://localhost:3000';

/** `$XDG_CONFIG_HOME/fourmi/token`, i.e. `~/.config/fourmi/token` by default. */
export function tokenPath(ctx: Pick<Context, 'env' | 'homedir'>): string {
  return join(ctx.env['XDG_CONFIG_HOME'] || join(ctx.homedir, '.config'), 'fourmi', 'token');
}

/** The API's base URL: `--api`, else `FOURMI_API`, else http://localhost:3000 (no trailing slash). */
export function apiBase(flag: string | undefined, env: Context['env']): string {
  const raw = flag ?? (env['FOURMI_API'] || DEFAULT_API);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${flag !== undefined ? '--api' : 'FOURMI_API'} is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${flag !== undefined ? '--api' : 'FOURMI_API'} must be an http(s) URL, not "${raw}"`);
  return url.href.replace(/\/+$/, '');
}

/** The access token: `FOURMI_TOKEN`, else the one `fourmi login` saved. */
export async function readToken(ctx: Pick<Context, 'env' | 'homedir'>): Promise<string> {
  const fromEnv = ctx.env['FOURMI_TOKEN']?.trim();
  if (fromEnv) return fromEnv;
  const path = tokenPath(ctx);
  let saved: string;
  try {
    saved = (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`cannot read the token in ${path}: ${(error as Error).message}`);
    saved = '';
  }
  if (!saved) throw new CliError('not signed in: run `fourmi login --email you@example.org` or set FOURMI_TOKEN');
  return saved;
}

/** Saves the token readable by its owner only (the folder 700, the file 600, also if it existed). */
export async function saveToken(ctx: Pick<Context, 'env' | 'homedir'>, token: string): Promise<string> {
  const path = tokenPath(ctx);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${token}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return path;
}
