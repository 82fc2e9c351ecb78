import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
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

/**
 * Moves the focus to the first field its form marks invalid (aria-invalid), once asked after a submit
 * refused for a field: the keyboard user lands on the field its message belongs to, instead of staying
 * on the button with the message unread. Asked after the render that marks the field.
 */
export function useFocusInvalid(): { formRef: RefObject<HTMLFormElement | null>; focusInvalid(): void } {
  const formRef = useRef<HTMLFormElement>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [asked]);
  const focusInvalid = useCallback(() => setAsked((n) => n + 1), []);
  return { formRef, focusInvalid };
}
