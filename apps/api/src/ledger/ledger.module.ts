import { Module } from '@nestjs/common';
import { BatchEscrowService } from './batch-escrow.service';
import { EarningsService } from './earnings.service';
import { FairPayService } from './fair-pay.service';
import { HourlyRates } from './hourly-rates';
import { ProjectPayResolver, WorkProjectPayResolver } from './fair-pay.resolver';
import { LedgerService } from './ledger.service';
import { WorkTimes } from './work-times';
import { LedgerAudit } from './ledger-audit';
import { LedgerAuditResolver } from './ledger-audit.resolver';

/** The ledger: accounts and postings, batch escrow, worker earnings, fair pay. Needs PaymentsConfigModule. */
@Module({
  providers: [LedgerService, BatchEscrowService, EarningsService, FairPayService, HourlyRates, WorkProjectPayResolver, ProjectPayResolver, WorkTimes, LedgerAudit, LedgerAuditResolver],
  exports: [LedgerService, BatchEscrowService, EarningsService, FairPayService],
})
export class LedgerModule {}
