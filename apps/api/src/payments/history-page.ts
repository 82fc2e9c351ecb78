/** A page of ledger lines, newest first, and the cursor of the next (older) page: its last line's id. */
export interface LinesPage<L> {
  lines: L[];
  nextBefore: string | null;
}

type Line = { id: string; transactionId: string };

/**
 * The first `limit` of `lines`, read one more than that: the extra one says whether an older page
 * exists, without counting the whole history.
 */
export function pageOf<L extends Line>(lines: readonly L[], limit: number): LinesPage<L> {
  return cutAt(lines, Math.min(limit, lines.length));
}

/**
 * The first `limit` of `lines` and the rest of the last one's transaction: a page ends between two
 * transactions, so money moved between two of a user's accounts (two lines of one transaction, side by
 * side) is never split across two pages. The page is still a prefix of the history, so the cursor stays
 * the last line's id and the next page starts right after it.
 *
 * A transaction's lines are written by one statement, so they sit side by side in a user's history. Only
 * a posting on another of the user's accounts that takes entry ids in that very moment (an answer
 * accepted onto Pending while a payout moves Available → On the way) could come between them; such
 * lines are not joined, on a page or across two.
 *
 * Read `limit + most` lines, `most` being the most lines one transaction has in this history: then the
 * page holds at most `limit + most - 1` and a line is left over exactly when an older page exists.
 */
export function wholeTransactionsPageOf<L extends Line>(lines: readonly L[], limit: number): LinesPage<L> {
  let end = Math.min(limit, lines.length);
  while (end < lines.length && lines[end].transactionId === lines[end - 1].transactionId) end += 1;
  return cutAt(lines, end);
}

function cutAt<L extends Line>(lines: readonly L[], end: number): LinesPage<L> {
  const page = lines.slice(0, end);
  return { lines: page, nextBefore: lines.length > end ? page[end - 1].id : null };
}
