import { Global, Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { BansService } from './bans.service';
import { QualityReadService } from './quality-read.service';
import { QualityResolver } from './quality.resolver';
import { QualityService } from './quality.service';

/** Skills, rules, flags and bans. Global: dispatch applies it to every answer. */
@Global()
@Module({
  imports: [ProjectsModule],
  providers: [QualityService, QualityReadService, BansService, QualityResolver],
  exports: [QualityService],
})
export class QualityModule {}
