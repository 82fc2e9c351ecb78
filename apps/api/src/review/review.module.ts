import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { ProjectsModule } from '../projects/projects.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';
import { ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [ProjectsModule, LedgerModule],
  controllers: [ExportController],
  providers: [ExportService, ResultsService, ResultsResolver, ReviewService, ReviewResolver],
})
export class ReviewModule {}
