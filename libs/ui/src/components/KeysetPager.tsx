import { useState } from 'react';
import { Button } from './Button';

/**
 * Pages of a list the API reads by a keyset cursor, newest first (`before`: the last line of the page
 * before; none for the newest). The cursors of the pages shown so far are kept, so "Newer" goes back.
 */
export function useKeysetPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    before: cursors[cursors.length - 1],
    onNewest: cursors.length === 1,
    newer: () => setCursors((shown) => shown.slice(0, -1)),
    older: (nextBefore: string) => setCursors((shown) => [...shown, nextBefore]),
    toNewest: () => setCursors([undefined]),
  };
}

export interface KeysetPagerProps {
  pages: ReturnType<typeof useKeysetPages>;
  /** The API's cursor to the next (older) page; null on the last page. */
  nextBefore: string | null | undefined;
  /** The app's words: the navigation's name and its two buttons. */
  label: string;
  newerText: string;
  olderText: string;
}

/** Newer / Older, shown once there is more than one page. */
export function KeysetPager({ pages, nextBefore, label, newerText, olderText }: KeysetPagerProps) {
  if (pages.onNewest && !nextBefore) return null;
  return (
    <nav className="row" aria-label={label}>
      <Button variant="secondary" disabled={pages.onNewest} onClick={pages.newer}>
        {newerText}
      </Button>
      <Button variant="secondary" disabled={!nextBefore} onClick={() => nextBefore && pages.older(nextBefore)}>
        {olderText}
      </Button>
    </nav>
  );
}
