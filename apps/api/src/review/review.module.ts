import { Module } from '@nestjs/common';
import { AssignmentTransitionsModule } from '../dispatch/assignment-transitions';
import { LedgerModule } from '../ledger/ledger.module';
import { ProjectsModule } from '../projects/projects.module';
import { AppealsResolver } from './appeals.resolver';
import { AppealsService } from './appeals.service';
import { AutoAcceptance } from './auto-acceptance';
import { ExportController } from './export.controller';
import { ExportLinkResolver } from './export-link.resolver';
import { HeldRejectionsResolver } from './held-rejections.resolver';
import { MassRejectionGuard } from './mass-rejection.guard';
import { MassRejectionsService } from './mass-rejections.service';
import { RejectionEvidence } from './rejection-evidence';
import { ExportService } from './export.service';
import { ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';
import { ReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [ProjectsModule, LedgerModule, AssignmentTransitionsModule],
  controllers: [ExportController],
  providers: [
    ExportService,
    ExportLinkResolver,
    ResultsService,
    ResultsResolver,
    ReviewService,
    ReviewResolver,
    MassRejectionGuard,
    RejectionEvidence,
    AppealsService,
    MassRejectionsService,
    HeldRejectionsResolver,
    AppealsResolver,
    AutoAcceptance,
  ],
})
export class ReviewModule {}
