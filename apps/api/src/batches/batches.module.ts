import { Module } from '@nestjs/common';
import { AssignmentTransitionsModule } from '../dispatch/assignment-transitions';
import { BatchEscrowService } from '../ledger/batch-escrow.service';
import { LedgerModule } from '../ledger/ledger.module';
import { ProjectsModule } from '../projects/projects.module';
import { BatchReserveResolver } from './batch-reserve.resolver';
import { BatchesResolver } from './batches.resolver';
import { BatchesService } from './batches.service';
import { BatchUploadController } from './upload/batch-upload.controller';
import { BatchUploadService } from './upload/batch-upload.service';
import { BATCH_FUNDING } from './batch-funding';

@Module({
  imports: [ProjectsModule, LedgerModule, AssignmentTransitionsModule],
  controllers: [BatchUploadController],
  providers: [BatchUploadService, BatchesService, BatchesResolver, BatchReserveResolver, { provide: BATCH_FUNDING, useExisting: BatchEscrowService }],
  exports: [BatchesService],
})
export class BatchesModule {}
