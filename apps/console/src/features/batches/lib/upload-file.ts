import { ApiError, readFields, readReason } from '@fourmi/api-client';

/** What the streamed upload reads: CSV with a header row, or JSON Lines. */
export type UploadFormat = 'csv' | 'jsonl';

export interface UploadResult {
  batchId: string;
  items: number;
}

export interface UploadRequest {
  projectId: string;
  file: Blob;
  format: UploadFormat;
  name?: string;
  token: string | null;
  /** Bytes of the file sent so far, and rows the API has checked and written (null before its first report). */
  onProgress(sentBytes: number, totalBytes: number, rows: number | null): void;
}

export function uploadFormatOf(fileName: string): UploadFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  return null;
}

export function uploadUrl(projectId: string, format: UploadFormat, name?: string): string {
  const query = new URLSearchParams({ format });
  if (name?.trim()) query.set('name', name.trim());
  return `/api/projects/${encodeURIComponent(projectId)}/uploads?${query}`;
}

/** The API's error body, `{ code, message, fields, reason }`, as an ApiError naming the rows and fields at fault. */
function uploadError(error: { code?: unknown; message?: unknown; fields?: unknown; reason?: unknown } | undefined, status: number): ApiError {
  if (!error || typeof error.message !== 'string') return new ApiError(`The server answered ${status}`, status === 401 ? 'UNAUTHENTICATED' : 'SERVER_ERROR', [], status);
  // Each row's path (`rows[12].text`) and reason let the app say the problem in its user's language.
  return new ApiError(error.message, typeof error.code === 'string' ? error.code : 'SERVER_ERROR', readFields(error.fields), status, readReason(error.reason));
}

type UploadLine = { type: 'progress'; rows: number } | ({ type: 'done' } & UploadResult) | { type: 'error'; error: { code?: unknown; message?: unknown; fields?: unknown; reason?: unknown } };

/** The complete lines of the API's streamed answer so far (`Accept: application/x-ndjson`): a progress line every 10,000 rows, then the result or the error. */
export function readUploadLines(text: string): UploadLine[] {
  return text
    .split('\n')
    .slice(0, -1) // the last piece is not a complete line yet
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as UploadLine];
      } catch {
        return [];
      }
    });
}

/** Rows the API has checked and written so far, from its progress lines; null before the first. */
export function rowsWritten(text: string): number | null {
  const progress = readUploadLines(text).filter((l): l is Extract<UploadLine, { type: 'progress' }> => l.type === 'progress');
  return progress.at(-1)?.rows ?? null;
}

/**
 * The API's whole answer to an upload: the result, or an ApiError naming the rows and fields at fault.
 * A refusal before the file is read (a bad token, someone else's project) comes as one JSON body with
 * its HTTP status; once reading, the answer is a stream of lines ending with the result or the error.
 */
export function readUploadResponse(status: number, body: string): UploadResult {
  if (status === 0) throw new ApiError('The server could not be reached.', 'NETWORK_ERROR');
  const last = readUploadLines(body.endsWith('\n') ? body : `${body}\n`).at(-1);
  if (status >= 200 && status < 300 && last?.type === 'done' && isResult(last)) return { batchId: last.batchId, items: last.items };
  if (last?.type === 'error') throw uploadError(last.error, status);
  if (status >= 200 && status < 300) throw new ApiError('The connection ended before the server confirmed the upload. Check the batches before sending the file again.', 'NETWORK_ERROR');
  throw uploadError((last as { error?: Parameters<typeof uploadError>[0] } | undefined)?.error, status);
}

const isResult = (value: unknown): value is UploadResult =>
  typeof value === 'object' && value !== null && typeof (value as UploadResult).batchId === 'string' && typeof (value as UploadResult).items === 'number';

/**
 * Streams the file to the API's upload endpoint, which checks each row and writes the batch with COPY:
 * the browser never reads the file into memory. XMLHttpRequest, not fetch: only it reports the bytes
 * sent, and it hands over the API's progress lines as they come. `abort` cancels it; the API then adds
 * nothing.
 */
export function uploadItemsFile(request: UploadRequest): { done: Promise<UploadResult>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadResult>((resolve, reject) => {
    xhr.open('POST', uploadUrl(request.projectId, request.format, request.name));
    xhr.setRequestHeader('content-type', request.format === 'csv' ? 'text/csv' : 'application/x-ndjson');
    xhr.setRequestHeader('accept', 'application/x-ndjson');
    if (request.token) xhr.setRequestHeader('authorization', `Bearer ${request.token}`);
    let sent = 0;
    let rows: number | null = null;
    const report = () => request.onProgress(sent, request.file.size, rows);
    xhr.upload.onprogress = (event) => {
      sent = event.loaded;
      report();
    };
    // The API reads and writes as the bytes arrive, and says how far it got every 10,000 rows (Chromium
    // hands those lines over once the whole file is sent: 340,000 of 400,000 rows written by then).
    xhr.onprogress = () => {
      rows = rowsWritten(xhr.responseText);
      report();
    };
    xhr.onload = () => {
      try {
        resolve(readUploadResponse(xhr.status, xhr.responseText));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new ApiError('The server could not be reached.', 'NETWORK_ERROR'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    xhr.send(request.file);
  });
  return { done, abort: () => xhr.abort() };
}
