import { ApiError } from '@fourmi/api-client';

/** The formats of the API's results export: one line per published item, with its answer and confidence. */
export type ExportFormat = 'csv' | 'jsonl';

export function exportUrl(projectId: string, format: ExportFormat): string {
  return `/api/projects/${encodeURIComponent(projectId)}/export?${new URLSearchParams({ format })}`;
}

/** The file name the API gives (`attachment; filename="…"`), else `results.<format>`. */
export function exportFileName(contentDisposition: string | null, format: ExportFormat): string {
  const name = /filename="([^"]+)"/.exec(contentDisposition ?? '')?.[1];
  return name ?? `results.${format}`;
}

/** The API's refusal (`{ error: { code, message } }`, e.g. someone else's project), as an ApiError. */
export function exportError(status: number, body: string): ApiError {
  let error: { code?: unknown; message?: unknown } | undefined;
  try {
    error = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
  } catch {
    error = undefined;
  }
  if (typeof error?.message !== 'string') return new ApiError(`The server answered ${status}`, status === 401 ? 'UNAUTHENTICATED' : 'SERVER_ERROR', [], status);
  return new ApiError(error.message, typeof error.code === 'string' ? error.code : 'SERVER_ERROR', [], status);
}

/**
 * Downloads the export with the requester's token (a plain link cannot send it) and hands it to the
 * browser as a file. Held in memory until saved: projects too large for that are exported with the CLI.
 */
export async function downloadExport(projectId: string, format: ExportFormat, token: string | null): Promise<void> {
  let response: Response;
  try {
    response = await fetch(exportUrl(projectId, format), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError('The server could not be reached.', 'NETWORK_ERROR');
  }
  if (!response.ok) throw exportError(response.status, await response.text());
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(response.headers.get('content-disposition'), format);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
