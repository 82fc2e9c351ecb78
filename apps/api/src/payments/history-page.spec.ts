import { describe, expect, it } from 'vitest';
import { type LinesPage, pageOf, wholeTransactionsPageOf } from './history-page';

// Newest first, as the ledger reads them: [line id, transaction id]. Transactions 4 and 2 are moves
// between two of the user's accounts (two lines each).
const HISTORY = [
  ['9', '5'],
  ['8', '4'],
  ['7', '4'],
  ['6', '3'],
  ['5', '2'],
  ['4', '2'],
  ['3', '1'],
].map(([id, transactionId]) => ({ id, transactionId }));

const ids = (page: LinesPage<{ id: string }>) => page.lines.map((l) => l.id);

/** Every page, as a client pages: the lines read after the cursor, `read` of them (the resolver's read). */
function pages(limit: number, read: number, cut: typeof pageOf) {
  const result: string[][] = [];
  let before: string | null = null;
  do {
    const page = cut(HISTORY.filter((l) => before === null || Number(l.id) < Number(before)).slice(0, read), limit);
    result.push(ids(page));
    before = page.nextBefore;
  } while (before !== null);
  return result;
}

describe('pageOf', () => {
  it('cuts at the limit, whatever the transactions', () => {
    expect(pages(2, 3, pageOf)).toEqual([['9', '8'], ['7', '6'], ['5', '4'], ['3']]);
  });
});

describe('wholeTransactionsPageOf', () => {
  it('takes the rest of the last line’s transaction onto the page, and the cursor after it', () => {
    expect(wholeTransactionsPageOf(HISTORY.slice(0, 5), 2)).toEqual({ lines: HISTORY.slice(0, 3), nextBefore: '7' });
  });

  it('ends on the limit when the next line is another transaction’s', () => {
    expect(wholeTransactionsPageOf(HISTORY.slice(0, 6), 3)).toEqual({ lines: HISTORY.slice(0, 3), nextBefore: '7' });
  });

  it('says there is no older page when the transaction took the last lines read', () => {
    expect(wholeTransactionsPageOf(HISTORY.slice(3, 6), 2)).toEqual({ lines: HISTORY.slice(3, 6), nextBefore: null });
    expect(wholeTransactionsPageOf([], 2)).toEqual({ lines: [], nextBefore: null });
  });

  it('pages through every line once, in order, never splitting a transaction, at every limit', () => {
    for (let limit = 1; limit <= HISTORY.length; limit += 1) {
      const all = pages(limit, limit + 2, wholeTransactionsPageOf);
      expect(all.flat()).toEqual(HISTORY.map((l) => l.id));
      const pageOfLine = new Map(all.flatMap((page, p) => page.map((id) => [id, p] as const)));
      for (const tx of new Set(HISTORY.map((l) => l.transactionId))) {
        expect(new Set(HISTORY.filter((l) => l.transactionId === tx).map((l) => pageOfLine.get(l.id))).size).toBe(1);
      }
      for (const page of all.slice(0, -1)) expect(page.length).toBeGreaterThanOrEqual(limit);
    }
    expect(pages(2, 4, wholeTransactionsPageOf)).toEqual([['9', '8', '7'], ['6', '5', '4'], ['3']]);
  });
});
