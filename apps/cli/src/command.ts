import { Api } from './api';
import { apiBase, readToken } from './config';
import type { Context } from './context';

/** One `fourmi` command: its name, a one-line summary, its `--help` text and what it does. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: readonly string[], ctx: Context): Promise<void>;
}

/** The `--api URL` option every command that talks to the API takes. */
export const API_OPTION = { api: { type: 'string' } } as const;

/** The `--api` line of a command's help, its description starting at `column`, and how it signs in. */
export function apiHelp(column: number): string {
  return `  ${'--api URL'.padEnd(column - 2)}the Fourmi API (default: $FOURMI_API, else http://localhost:3000)

Signs in with $FOURMI_TOKEN, else with the token saved by \`fourmi login\`.`;
}

/** The API client for a command, signed in. */
export async function signedInApi(ctx: Context, apiFlag: string | undefined): Promise<Api> {
  const base = apiBase(apiFlag, ctx.env);
  return new Api(base, await readToken(ctx), ctx.fetch);
}
