import { Module } from '@nestjs/common';
import { BatchEscrowService } from './batch-escrow.service';
import { EarningsService } from './earnings.service';
import { FairPayService } from './fair-pay.service';
import { HourlyRates } from './hourly-rates';
import { ProjectPayResolver, WorkProjectPayResolver } from './fair-pay.resolver';
import { LedgerService } from './ledger.service';
import { WorkTimes } from './work-times';

/** The ledger: accounts and postings, batch escrow, worker earnings, fair pay. Needs PaymentsConfigModule. */
@Module({
  providers: [LedgerService, BatchEscrowService, EarningsService, FairPayService, HourlyRates, WorkProjectPayResolver, ProjectPayResolver, WorkTimes],
  exports: [LedgerService, BatchEscrowService, EarningsService, FairPayService],
})
export class LedgerModule {}
