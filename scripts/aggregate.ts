// Aggregates an answers CSV (item,worker,label) into item,label,confidence on stdout.
// Usage: node scripts/run-ts.mjs scripts/aggregate.ts --method mv|wmv|ds FILE
//   mv   majority vote (confidence = winner's share of the votes; ties go to the label voted first)
//   wmv  one-coin weighted vote; with no known skills, each worker's accuracy is estimated from their
//        agreement with the majority vote (Beta-smoothed, prior mean 0.7 worth 4 answers)
//   ds   Dawid-Skene (EM from majority vote, smoothing 0.01, at most 50 iterations)
// Errors go to stderr with exit code 1.
// The methods and the aggregation live with the CLI's `fourmi aggregate` (apps/cli), shared here.
import { readFileSync } from 'node:fs';
import { AGGREGATE_METHODS, aggregateCsv } from '../apps/cli/src/commands/aggregate';

const USAGE = 'usage: aggregate --method mv|wmv|ds FILE';

class UsageError extends Error {}

function parseArgs(argv: string[]): { method: string; file: string } {
  let method: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === '--method') {
      method = argv[++i];
      if (method === undefined) throw new UsageError('--method needs a value (mv, wmv or ds)');
    } else if (arg.startsWith('--method=')) {
      method = arg.slice('--method='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (method === undefined) throw new UsageError('missing --method (mv, wmv or ds)');
  if (!Object.hasOwn(AGGREGATE_METHODS, method)) throw new UsageError(`unknown method "${method}" (expected mv, wmv or ds)`);
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'missing FILE' : `expected one FILE, got ${files.length}`);
  return { method, file: files[0] };
}

function main(): void {
  const { method, file } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error)}`);
  }
  process.stdout.write(aggregateCsv(text, method, file));
}

try {
  main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`aggregate: ${message}${error instanceof UsageError ? `\n${USAGE}` : ''}`);
  process.exitCode = 1;
}
