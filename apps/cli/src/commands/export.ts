import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { restError } from '../api';
import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { type Output, writeAll } from '../context';
import { CliError, UsageError } from '../errors';

export const exportResults: Command = {
  name: 'export',
  summary: 'download a project’s results (CSV or JSON Lines)',
  help: `usage: fourmi export PROJECT_ID [--format csv|jsonl] [--out FILE] [--api URL]

Streams the results of a project, one line per published item (its input, the consensus answer, its
confidence, the number of answers and every answer), to standard output or to FILE.

  --format csv|jsonl   the file format (default: from --out's extension, else csv)
  --out FILE           write to FILE (removed again if the download fails) instead of standard output
${apiHelp(23)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, format: { type: 'string' }, out: { type: 'string' } }, ['PROJECT_ID']);
    const [projectId] = positionals;
    const format = exportFormat(values.format, values.out);
    const api = await signedInApi(ctx, values.api);
    const response = await api.request(`/api/projects/${encodeURIComponent(projectId)}/export?format=${format}`);
    if (!response.ok || !response.body) throw await restError(response, 'export refused');
    const body = response.body as unknown as AsyncIterable<Uint8Array>;
    try {
      if (values.out) {
        await pipeline(body, createWriteStream(values.out));
        ctx.stderr.write(`Wrote ${values.out}\n`);
      } else {
        await copy(body, ctx.stdout);
      }
    } catch (error) {
      if (values.out) await rm(values.out, { force: true });
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new CliError(`cannot write ${values.out}: ${(error as Error).message}`);
      throw new CliError(`the download was cut off (${(error as Error).message}); run the export again`);
    }
  },
};

export function exportFormat(flag: string | undefined, out: string | undefined): 'csv' | 'jsonl' {
  if (flag !== undefined) {
    if (flag === 'csv' || flag === 'jsonl') return flag;
    throw new UsageError(`--format must be csv or jsonl, not "${flag}"`);
  }
  const ext = out ? extname(out).toLowerCase() : '';
  return ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'csv';
}

/** Copies bytes to an output only as fast as it takes them (stdout may be a slow pipe); leaves it open. */
async function copy(body: AsyncIterable<Uint8Array>, out: Output): Promise<void> {
  for await (const chunk of body) await writeAll(out, chunk);
}
