import { ConsoleBatchProgressDocument, type ConsoleBatchFragment, type LiveStatus } from '@fourmi/api-client';
import { trailingThrottle, useSubscriptions } from '@fourmi/ui';
import { useEffect, useMemo, useRef } from 'react';

/** The most batches of a page followed live, the newest first (each is a subscription on the one socket). */
const MAX_LIVE_BATCHES = 20;
/** The page is read again at most this often while progress streams in. */
const LIVE_REFRESH_MS = 1000;

/**
 * Follows the progress of the project's published batches (the API's batchProgress subscription) and
 * reads the page again when one moves, at most once a second: counts, results and quality cards then
 * change as workers answer, instead of at the next poll. Returns the socket's status, or null when no
 * batch is published.
 */
export function useLiveProgress(batches: readonly ConsoleBatchFragment[], refetch: () => void): LiveStatus | null {
  const refresh = useRef(refetch);
  refresh.current = refetch;
  const throttle = useMemo(() => trailingThrottle(() => refresh.current(), LIVE_REFRESH_MS), []);
  useEffect(() => () => throttle.cancel(), [throttle]);

  const key = batches
    .filter((b) => b.status === 'PUBLISHED')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, MAX_LIVE_BATCHES)
    .map((b) => b.id)
    .sort()
    .join(',');
  const varsList = useMemo(() => (key ? key.split(',').map((batchId) => ({ batchId })) : []), [key]);
  return useSubscriptions(ConsoleBatchProgressDocument, varsList, { onData: () => throttle.request() });
}
