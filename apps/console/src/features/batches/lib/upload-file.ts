import { ApiError } from '@fourmi/api-client';

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
  /** Bytes of the file sent so far. */
  onProgress(sentBytes: number, totalBytes: number): void;
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

/**
 * The API's answer to an upload, as a result or as an ApiError naming the rows and fields at fault
 * (the API's REST error body: `{ error: { code, message, fields } }`).
 */
export function readUploadResponse(status: number, body: string): UploadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  if (status >= 200 && status < 300 && isResult(parsed)) return { batchId: parsed.batchId, items: parsed.items };
  const error = (parsed as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)?.error;
  if (status === 0) throw new ApiError('The server could not be reached.', 'NETWORK_ERROR');
  if (!error || typeof error.message !== 'string') throw new ApiError(`The server answered ${status}`, status === 401 ? 'UNAUTHENTICATED' : 'SERVER_ERROR', [], status);
  // Each row's message names its row and field already ("Row 12 (text): …"): shown alone, without its path.
  const fields = Array.isArray(error.fields)
    ? error.fields.flatMap((f: { message?: unknown }) => (typeof f?.message === 'string' ? [{ path: '', message: f.message }] : []))
    : [];
  throw new ApiError(error.message, typeof error.code === 'string' ? error.code : 'SERVER_ERROR', fields, status);
}

const isResult = (value: unknown): value is UploadResult =>
  typeof value === 'object' && value !== null && typeof (value as UploadResult).batchId === 'string' && typeof (value as UploadResult).items === 'number';

/**
 * Streams the file to the API's upload endpoint, which checks each row and writes the batch with COPY:
 * the browser never reads the file into memory. XMLHttpRequest, not fetch: only it reports the bytes
 * sent. `abort` cancels it; the API then adds nothing.
 */
export function uploadItemsFile(request: UploadRequest): { done: Promise<UploadResult>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadResult>((resolve, reject) => {
    xhr.open('POST', uploadUrl(request.projectId, request.format, request.name));
    xhr.setRequestHeader('content-type', request.format === 'csv' ? 'text/csv' : 'application/x-ndjson');
    xhr.setRequestHeader('accept', 'application/json');
    if (request.token) xhr.setRequestHeader('authorization', `Bearer ${request.token}`);
    xhr.upload.onprogress = (event) => request.onProgress(event.loaded, event.lengthComputable ? event.total : request.file.size);
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
