import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { BatchesResolver } from './batches.resolver';
import { BatchesService } from './batches.service';

@Module({
  imports: [ProjectsModule],
  providers: [BatchesService, BatchesResolver],
  exports: [BatchesService],
})
export class BatchesModule {}
