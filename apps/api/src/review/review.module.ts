import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';

@Module({
  imports: [ProjectsModule],
  providers: [ResultsService, ResultsResolver],
})
export class ReviewModule {}
