import { addGold } from './commands/add-gold';
import { addWebhook } from './commands/add-webhook';
import { aggregate } from './commands/aggregate';
import { cancel, complete, pause, publish, resume } from './commands/batch-actions';
import { balance } from './commands/balance';
import { batches } from './commands/batches';
import { createProject } from './commands/create-project';
import { accept, reject } from './commands/decisions';
import { edits } from './commands/edits';
import { exportResults } from './commands/export';
import { gold } from './commands/gold';
import { held } from './commands/held';
import { login } from './commands/login';
import { projects } from './commands/projects';
import { review } from './commands/review';
import { settleGold } from './commands/settle-gold';
import { topUp } from './commands/top-up';
import { updateProject } from './commands/update-project';
import { upload } from './commands/upload';
import { watch } from './commands/watch';
import { removeWebhook, webhooks } from './commands/webhooks';
import type { Command } from './command';
import type { Context } from './context';
import { CliError, UsageError } from './errors';

export const COMMANDS: readonly Command[] = [
  login,
  projects,
  createProject,
  updateProject,
  edits,
  upload,
  addGold,
  gold,
  settleGold,
  batches,
  publish,
  pause,
  resume,
  complete,
  cancel,
  watch,
  review,
  accept,
  reject,
  held,
  balance,
  topUp,
  exportResults,
  aggregate,
  webhooks,
  addWebhook,
  removeWebhook,
];

export const USAGE = `usage: fourmi COMMAND [OPTIONS]

The Fourmi requester CLI.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(16)}${c.summary}`).join('\n')}

Run \`fourmi COMMAND --help\` for a command's options. Every command takes --api URL (default:
$FOURMI_API or http://localhost:3000) and signs in with $FOURMI_TOKEN or the token of \`fourmi login\`.
`;

/**
 * Runs `fourmi ARGS` and answers its exit code: 0 done, 1 any error (printed on stderr as
 * `fourmi COMMAND: what is wrong`). Never exits the process, so commands run in-process in tests.
 */
export async function runCli(argv: readonly string[], ctx: Context): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === args[0]) : undefined;
    (name === undefined ? ctx.stderr : ctx.stdout).write(topic ? `${topic.help}\n` : USAGE);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.stderr.write(`fourmi: unknown command "${name}"\n${USAGE}`);
    return 1;
  }
  if (wantsHelp(args)) {
    ctx.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    await command.run(args, ctx);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const details = error.details.map((line) => `  ${line}\n`).join('');
    const usage = error instanceof UsageError ? `(see \`fourmi ${command.name} --help\`)\n` : '';
    ctx.stderr.write(`fourmi ${command.name}: ${error.message}\n${details}${usage}`);
    return 1;
  }
}

/** `--help` or `-h` among the options (not after `--`, where it would be a file name). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
