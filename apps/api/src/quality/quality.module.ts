import { Global, Module } from '@nestjs/common';
import { AssignmentTransitionsModule } from '../dispatch/assignment-transitions';
import { BatchesModule } from '../batches/batches.module';
import { ProjectsModule } from '../projects/projects.module';
import { BatchAggregationService } from './batch-aggregation.service';
import { ProjectQualityService } from './project-quality.service';
import { BansService } from './bans.service';
import { GoldContestsService } from './gold-contests.service';
import { GoldItemsResolver } from './gold-items.resolver';
import { GoldItemsService } from './gold-items.service';
import { QualityReadService } from './quality-read.service';
import { QualityResolver } from './quality.resolver';
import { QualityService } from './quality.service';
import { WorkerLevels } from './worker-levels';
import { WorkersToReview } from './workers-to-review';
import { WorkersToReviewResolver } from './workers-to-review.resolver';

/** Skills, rules, flags and bans. Global: dispatch applies it to every answer. */
@Global()
@Module({
  imports: [ProjectsModule, BatchesModule, AssignmentTransitionsModule],
  providers: [GoldContestsService, GoldItemsService, GoldItemsResolver, QualityService, QualityReadService, BansService, ProjectQualityService, BatchAggregationService, QualityResolver, WorkersToReview, WorkersToReviewResolver, WorkerLevels],
  exports: [QualityService],
})
export class QualityModule {}
