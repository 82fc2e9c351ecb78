import { ConsoleAuditTrailDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';

export const AUDIT_PAGE_SIZE = 25;

/** One page of what admins (and quality rules) did, newest first; of actions on one person when `userId` is given. */
export function useAuditTrail(offset: number, userId?: string) {
  return useQuery(ConsoleAuditTrailDocument, { offset, limit: AUDIT_PAGE_SIZE, userId: userId ?? null });
}
