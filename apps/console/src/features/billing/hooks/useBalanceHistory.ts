import { ConsoleBalanceHistoryDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';

export const BALANCE_HISTORY_PAGE_SIZE = 20;

/** One page of the requester's money lines, newest first, before the line `before` (none: the newest). */
export function useBalanceHistory(before: string | undefined) {
  return useQuery(ConsoleBalanceHistoryDocument, { before: before ?? null, limit: BALANCE_HISTORY_PAGE_SIZE });
}
