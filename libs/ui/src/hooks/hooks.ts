import { useEffect, useMemo, useRef, useState } from 'react';
import { trailingThrottle } from './trailing-throttle';

/** Sets the document title while the page is shown. */
export function usePageTitle(title: string, appName?: string): void {
  useEffect(() => {
    document.title = appName ? `${title} · ${appName}` : title;
  }, [title, appName]);
}

/** The current time, refreshed every `intervalMs` (for countdowns). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Calls `refetch` each time `version` changes (not at mount: the query has just run), at most once per
 * `everyMs`, the last change always followed: a card whose query costs more than the page's own can
 * follow the page's live updates at its own pace.
 */
export function useRefetchOnChange(version: string | number | undefined, refetch: () => unknown, everyMs = 0): void {
  const latest = useRef(refetch);
  latest.current = refetch;
  const throttle = useMemo(() => trailingThrottle(() => void latest.current(), everyMs), [everyMs]);
  useEffect(() => () => throttle.cancel(), [throttle]);
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    throttle.request();
  }, [version, throttle]);
}
