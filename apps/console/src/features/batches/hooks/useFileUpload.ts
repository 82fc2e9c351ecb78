import { ApiError } from '@fourmi/api-client';
import { toApiError } from '@fourmi/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadItemsFile, type UploadRequest, type UploadResult } from '../lib/upload-file';

export interface UploadProgressState {
  sentBytes: number;
  totalBytes: number;
  /** Rows the API has checked and written so far; null before its first report (every 10,000 rows). */
  rows: number | null;
}

/**
 * One streamed upload at a time: its progress while it runs (null otherwise), its error, and a way to
 * cancel it. Leaving the page cancels it too; the API then adds nothing.
 */
export function useFileUpload() {
  const [progress, setProgress] = useState<UploadProgressState | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const running = useRef<{ abort(): void } | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async (request: Omit<UploadRequest, 'onProgress'>): Promise<UploadResult | null> => {
    setError(undefined);
    setProgress({ sentBytes: 0, totalBytes: request.file.size, rows: null });
    const upload = uploadItemsFile({ ...request, onProgress: (sentBytes, totalBytes, rows) => setProgress({ sentBytes, totalBytes, rows }) });
    running.current = upload;
    try {
      return await upload.done;
    } catch (caught) {
      if (!(caught instanceof DOMException && caught.name === 'AbortError')) setError(toApiError(caught));
      return null;
    } finally {
      running.current = null;
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);
  const reset = useCallback(() => setError(undefined), []);
  return { progress, error, start, cancel, reset };
}
