import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { ProjectsModule } from '../projects/projects.module';
import { ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [ProjectsModule, LedgerModule],
  providers: [ResultsService, ResultsResolver, ReviewService, ReviewResolver],
})
export class ReviewModule {}
