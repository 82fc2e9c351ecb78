import { ConsoleLedgerAuditDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';

/** The money's checks and the latest payouts: a full read of the ledger, so only when asked (`run`). */
export function useLedgerAudit(run: boolean) {
  return useQuery(ConsoleLedgerAuditDocument, {}, { skip: !run });
}
