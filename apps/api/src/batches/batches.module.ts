import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { BatchesResolver } from './batches.resolver';
import { BatchesService } from './batches.service';
import { BATCH_FUNDING } from './batch-funding';
import { UnfundedBatches } from './unfunded-batches';

@Module({
  imports: [ProjectsModule],
  providers: [BatchesService, BatchesResolver, { provide: BATCH_FUNDING, useClass: UnfundedBatches }],
  exports: [BatchesService],
})
export class BatchesModule {}
