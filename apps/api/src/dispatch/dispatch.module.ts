import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { DispatchResolver, WorkProjectResolver } from './dispatch.resolver';
import { DispatchService } from './dispatch.service';
import { LeaseSweeper } from './lease-sweeper';

@Module({
  imports: [ProjectsModule],
  providers: [DispatchService, DispatchResolver, WorkProjectResolver, LeaseSweeper],
  exports: [DispatchService],
})
export class DispatchModule {}
