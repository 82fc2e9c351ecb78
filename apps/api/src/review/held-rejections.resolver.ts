import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { ProjectsService } from '../projects/projects.service';
import { MassRejectionsService } from './mass-rejections.service';
import { HeldRejectionModel } from './models/held-rejection.model';

/** The requester's side of the mass-rejection guard: their requests waiting for the admins, and the decisions. */
@Resolver()
export class HeldRejectionsResolver {
  constructor(
    private readonly projects: ProjectsService,
    private readonly massRejections: MassRejectionsService,
  ) {}

  @Allow(Permission.ProjectManage)
  @Query(() => [HeldRejectionModel], { description: "Your project's rejections held for an admin: the pending ones, then the latest 20 decided" })
  async heldRejections(@CurrentUser() user: AuthUser, @Args('projectId', { type: () => ID }) projectId: string): Promise<HeldRejectionModel[]> {
    const project = await this.projects.getOwned(projectId, user.id);
    return this.massRejections.ofProject(project.id);
  }
}
