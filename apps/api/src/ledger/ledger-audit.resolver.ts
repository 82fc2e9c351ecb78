import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { LedgerAudit } from './ledger-audit';
import { LedgerAuditModel } from './models/ledger-audit.model';

@Resolver()
export class LedgerAuditResolver {
  constructor(private readonly audit: LedgerAudit) {}

  @Allow(Permission.LedgerAdmin)
  @Query(() => LedgerAuditModel, { description: 'Checks every money invariant now (as npm run check:ledger) and lists the latest payouts; a full read of the ledger, for admins' })
  ledgerAudit(): Promise<LedgerAuditModel> {
    return this.audit.run();
  }
}
