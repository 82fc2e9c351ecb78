import { Module } from '@nestjs/common';
import { BatchesModule } from '../batches/batches.module';
import { ProjectsModule } from '../projects/projects.module';
import { DispatchResolver, WorkProjectResolver } from './dispatch.resolver';
import { ActiveProjects } from './active-projects';
import { AssignmentTransitionsModule } from './assignment-transitions';
import { ClaimCursors } from './claim-cursors';
import { LeaseHints } from './lease-hints';
import { DispatchPools } from './dispatch-pools';
import { DispatchService } from './dispatch.service';
import { SubmitService } from './submit.service';
import { EligibilityService } from './eligibility.service';
import { RedoService } from './redo.service';
import { LeaseSweeper } from './lease-sweeper';
import { WorkerTotals } from './worker-totals';

@Module({
  imports: [ProjectsModule, BatchesModule, AssignmentTransitionsModule],
  providers: [DispatchPools, ClaimCursors, LeaseHints, RedoService, ActiveProjects, DispatchService, SubmitService, EligibilityService, DispatchResolver, WorkProjectResolver, LeaseSweeper, WorkerTotals],
  exports: [DispatchService],
})
export class DispatchModule {}
