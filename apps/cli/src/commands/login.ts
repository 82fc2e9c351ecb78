import { Api } from '../api';
import { parseCommand, required } from '../args';
import { API_OPTION, type Command } from '../command';
import { apiBase, saveToken } from '../config';
import type { Input, Output } from '../context';
import { CliError } from '../errors';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { email roles } } }`;

export const login: Command = {
  name: 'login',
  summary: 'sign in and save your token',
  help: `usage: fourmi login --email EMAIL [--password PASSWORD] [--api URL]

Signs in and saves the token in ~/.config/fourmi/token (readable by you only); the other commands use
it unless $FOURMI_TOKEN is set. Without --password, the password is asked for without echo on a
terminal, or read from standard input when it is piped (e.g. from a password manager).

  --email EMAIL         your account's email
  --password PASSWORD   your password (visible in your shell history: prefer the prompt or a pipe)
  --api URL             the Fourmi API (default: $FOURMI_API or http://localhost:3000)`,
  async run(args, ctx) {
    const { values } = parseCommand(args, { ...API_OPTION, email: { type: 'string' }, password: { type: 'string' } });
    const email = required(values.email, 'email');
    const base = apiBase(values.api, ctx.env);
    const password = values.password ?? (ctx.stdin.isTTY ? await promptHidden(ctx.stdin, ctx.stderr, 'Password: ') : await readAll(ctx.stdin));
    if (!password) throw new CliError('the password is empty');
    const { signIn } = await new Api(base, null, ctx.fetch).gql<{ signIn: { token: string; user: { email: string; roles: string[] } } }>(SIGN_IN, {
      input: { email, password },
    });
    const path = await saveToken(ctx, signIn.token);
    ctx.stderr.write(`Signed in as ${signIn.user.email} (${signIn.user.roles.join(', ')}); token saved in ${path}\n`);
    if (!signIn.user.roles.includes('REQUESTER')) ctx.stderr.write('Note: this account is not a requester, so it cannot manage projects.\n');
  },
};

/** Standard input to its end, without the final line break. */
export async function readAll(stdin: Input): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text.replace(/\r?\n$/, '');
}

/** Reads a line from a terminal in raw mode, echoing nothing; Backspace edits, Ctrl-C or Ctrl-D gives up. */
export function promptHidden(stdin: Input, out: Output, prompt: string): Promise<string> {
  out.write(prompt);
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      out.write('\n');
      if (error) reject(error);
      else resolve(text);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004') return finish(new CliError('cancelled'));
        if (char === '\u007f' || char === '\b') text = [...text].slice(0, -1).join('');
        else if (char >= ' ') text += char;
      }
    };
    stdin.setRawMode?.(true);
    stdin.on('data', onData);
    stdin.resume();
  });
}
