import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { CreateProjectInput } from './dto/create-project.input';
import { UpdateProjectInput } from './dto/update-project.input';
import { ProjectModel } from './models/project.model';
import type { ProjectEntity } from './project.entity';
import { ProjectsService } from './projects.service';

export function toProjectModel(project: ProjectEntity): ProjectModel {
  return Object.assign(new ProjectModel(), {
    id: project.id,
    name: project.name,
    instructions: project.instructions,
    kind: project.kind,
    config: project.config,
    rewardCents: project.rewardCents,
    currency: project.currency,
    overlap: project.overlap,
    leaseSeconds: project.leaseSeconds,
    goldRatio: project.goldRatio,
    qualityRules: project.qualityRules,
    autoAcceptHours: project.autoAcceptHours,
    fairPayPolicy: project.fairPayPolicy,
    languages: project.languages,
    createdAt: project.createdAt,
  });
}

@Resolver(() => ProjectModel)
export class ProjectsResolver {
  constructor(private readonly projects: ProjectsService) {}

  @Allow(Permission.ProjectManage)
  @Mutation(() => ProjectModel)
  async createProject(@CurrentUser() user: AuthUser, @Args('input') input: CreateProjectInput): Promise<ProjectModel> {
    return toProjectModel(await this.projects.create(user.id, input));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => ProjectModel, { description: 'Changes a project’s name and instructions; reward, overlap and kind stay as created' })
  async updateProject(@CurrentUser() user: AuthUser, @Args('input') input: UpdateProjectInput): Promise<ProjectModel> {
    return toProjectModel(await this.projects.update(user.id, input));
  }

  @Allow(Permission.ProjectManage)
  @Query(() => [ProjectModel])
  async myProjects(@CurrentUser() user: AuthUser): Promise<ProjectModel[]> {
    return (await this.projects.listOwned(user.id)).map(toProjectModel);
  }

  @Allow(Permission.ProjectManage)
  @Query(() => ProjectModel)
  async project(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<ProjectModel> {
    return toProjectModel(await this.projects.getOwned(id, user.id));
  }
}
