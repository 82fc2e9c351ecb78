import { readFile } from 'node:fs/promises';
import {
  agreementAccuracy,
  CsvError,
  dawidSkene,
  encodeAnswers,
  type EncodedAnswers,
  formatAggregateCsv,
  type ItemLabels,
  majorityVote,
  oneCoinWeight,
  parseAnswersCsv,
  toAggregateRows,
  weightedVote,
} from '@fourmi/quality';
import { parseCommand, required } from '../args';
import type { Command } from '../command';
import type { Input } from '../context';
import { CliError, UsageError } from '../errors';
import { readAll } from './login';

/**
 * The aggregation methods, by name:
 *   mv   majority vote (confidence = winner's share of the votes; ties go to the label voted first)
 *   wmv  one-coin weighted vote; with no known skills, each worker's accuracy is estimated from their
 *        agreement with the majority vote (Beta-smoothed, prior mean 0.7 worth 4 answers)
 *   ds   Dawid-Skene (EM from majority vote, smoothing 0.01, at most 50 iterations)
 */
export const AGGREGATE_METHODS: Record<string, (encoded: EncodedAnswers) => ItemLabels> = {
  mv: (encoded) => majorityVote(encoded),
  wmv: (encoded) => {
    const nLabels = Math.max(2, encoded.labelNames.length);
    const accuracy = agreementAccuracy(encoded, majorityVote(encoded).labels, { nWorkers: encoded.workerNames.length });
    return weightedVote(encoded, Array.from(accuracy, (p) => oneCoinWeight(p, nLabels)));
  },
  ds: (encoded) => dawidSkene(encoded),
};

/**
 * An answers CSV (`item,worker,label`) aggregated into `item,label,confidence` CSV. Throws an Error
 * naming `source` and the line for a bad file, or the method if it is unknown.
 */
export function aggregateCsv(text: string, method: string, source: string): string {
  const run = Object.hasOwn(AGGREGATE_METHODS, method) ? AGGREGATE_METHODS[method] : undefined;
  if (!run) throw new UsageError(`unknown method "${method}" (expected mv, wmv or ds)`);
  let encoded: EncodedAnswers;
  try {
    encoded = encodeAnswers(parseAnswersCsv(text));
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(`${source} ${error.message}`);
    throw error;
  }
  return formatAggregateCsv(toAggregateRows(encoded, run(encoded)));
}

/** The text of FILE, or of standard input for `-`, with a clear error when it cannot be read. */
export async function readInput(file: string, stdin: Input): Promise<string> {
  if (file === '-') return readAll(stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error)}`);
  }
}

export const aggregate: Command = {
  name: 'aggregate',
  summary: 'aggregate an answers CSV offline (majority vote, weighted vote, Dawid-Skene)',
  help: `usage: fourmi aggregate --method mv|wmv|ds FILE

Reads answers as CSV with the header item,worker,label (FILE, or - for standard input) and writes
item,label,confidence, one line per item, on standard output. Runs locally: no API, no token.

  --method mv    majority vote (confidence = the winner's share of the votes; ties: first voted)
  --method wmv   weighted vote, each worker weighted by their agreement with the majority
  --method ds    Dawid-Skene (EM from majority vote, smoothing 0.01, at most 50 iterations)`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { method: { type: 'string' } }, ['FILE']);
    const method = required(values.method, 'method', 'mv, wmv or ds');
    if (!Object.hasOwn(AGGREGATE_METHODS, method)) throw new UsageError(`unknown method "${method}" (expected mv, wmv or ds)`);
    const [file] = positionals;
    ctx.stdout.write(aggregateCsv(await readInput(file, ctx.stdin), method, file));
  },
};
