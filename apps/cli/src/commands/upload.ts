import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { fieldLine, restError } from '../api';
import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { CliError, UsageError } from '../errors';
import { ndjsonValues } from '../ndjson';
import { ProgressLine, renderUploadProgress } from '../progress';

const PUBLISH = `mutation($id: ID!) { publishBatch(batchId: $id) { id status itemCount } }`;

export type UploadFormat = 'csv' | 'jsonl';

/** What the upload endpoint streams with `Accept: application/x-ndjson`. */
export type UploadMessage =
  | { type: 'progress'; rows: number }
  | { type: 'done'; batchId: string; items: number }
  | { type: 'error'; error: { code: string; message: string; fields?: { path: string; message: string }[] } };

export const upload: Command = {
  name: 'upload',
  summary: 'upload a CSV or JSON Lines file as a batch',
  help: `usage: fourmi upload PROJECT_ID FILE [--name NAME] [--publish] [--api URL]

Streams FILE (.csv with a header row, or .jsonl / .ndjson with one JSON object per line) to the
project as a new draft batch, drawing progress on stderr, then prints the batch id (on standard
output) and its item count. A bad row cancels the whole upload: each problem is listed with its row.

  --name NAME   the batch's name (default: the upload's date and time)
  --publish     publish the batch at once (its escrow is taken from your balance)
${apiHelp(16)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, name: { type: 'string' }, publish: { type: 'boolean' } }, ['PROJECT_ID', 'FILE']);
    const [projectId, file] = positionals;
    const format = uploadFormat(file);
    const size = await fileSize(file);
    const api = await signedInApi(ctx, values.api);

    const progress = new ProgressLine(ctx.stderr, ctx.now);
    const state = { rows: 0, bytesSent: 0, totalBytes: size };
    async function* counted() {
      for await (const chunk of createReadStream(file)) {
        state.bytesSent += (chunk as Buffer).length;
        progress.update(renderUploadProgress(state));
        yield chunk as Buffer;
      }
    }
    const query = new URLSearchParams({ format });
    if (values.name !== undefined) query.set('name', values.name);
    const response = await api.request(`/api/projects/${encodeURIComponent(projectId)}/uploads?${query}`, {
      method: 'POST',
      headers: { accept: 'application/x-ndjson', 'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson' },
      body: Readable.toWeb(Readable.from(counted())) as ReadableStream<Uint8Array>,
      duplex: 'half',
    });
    if (!response.ok || !response.body) throw await restError(response, 'upload refused');

    let result: { batchId: string; items: number } | null = null;
    try {
      for await (const message of ndjsonValues(response.body as AsyncIterable<Uint8Array>) as AsyncIterable<UploadMessage>) {
        if (message.type === 'progress') {
          state.rows = message.rows;
          progress.update(renderUploadProgress(state), true);
        } else if (message.type === 'done') {
          result = message;
        } else if (message.type === 'error') {
          const problems = uploadProblems(message.error);
          throw new CliError(problems.length === 1 ? 'the file has a problem; nothing was added' : message.error.message, problems);
        }
      }
    } catch (error) {
      progress.done();
      throw error;
    }
    if (!result) throw new CliError('the API closed the connection before the upload finished; nothing was added');
    progress.update(renderUploadProgress({ rows: result.items, bytesSent: state.bytesSent, totalBytes: state.totalBytes }), true);
    progress.done();

    let status = 'draft';
    if (values.publish) {
      try {
        status = (await api.gql<{ publishBatch: { status: string } }>(PUBLISH, { id: result.batchId })).publishBatch.status.toLowerCase();
      } catch (error) {
        ctx.stdout.write(`${result.batchId}\n`);
        if (error instanceof CliError) throw new CliError(`uploaded ${result.items.toLocaleString('en')} items as draft batch ${result.batchId}, but publishing failed: ${error.message}`, error.details);
        throw error;
      }
    }
    ctx.stdout.write(`${result.batchId}\n`);
    ctx.stderr.write(`Uploaded ${result.items.toLocaleString('en')} items as batch ${result.batchId} (${status})\n`);
  },
};

/** The format from the file's extension: .csv, or .jsonl / .ndjson. */
export function uploadFormat(file: string): UploadFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  throw new UsageError(`cannot tell the format of ${file}: name it .csv, .jsonl or .ndjson`);
}

/** Every problem of a refused upload, as `row 3 (imageUrl): …`. */
export function uploadProblems(error: { fields?: { path: string; message: string }[] }): string[] {
  return (error.fields ?? []).map(fieldLine);
}

async function fileSize(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`cannot read ${file}: it is a directory`);
    return info.isFile() ? info.size : undefined; // a pipe or a device: size unknown
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
}
