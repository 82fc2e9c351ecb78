import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectEntity } from './project.entity';
import { ProjectHistory } from './project-history';
import { ProjectHistoryResolver } from './project-history.resolver';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity])],
  providers: [ProjectsService, ProjectsResolver, ProjectHistory, ProjectHistoryResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
