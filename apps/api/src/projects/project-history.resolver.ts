import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { ProjectEditsArgs } from './dto/project-edits.args';
import { ProjectEditPageModel } from './models/project-edit.model';
import { ProjectHistory } from './project-history';

@Resolver()
export class ProjectHistoryResolver {
  constructor(private readonly history: ProjectHistory) {}

  @Allow(Permission.ProjectManage, Permission.PeopleAdmin)
  @Query(() => ProjectEditPageModel, { description: 'Edits of one of your projects (any project, for admins), newest first: when, who, and each changed field before and after' })
  projectEdits(@CurrentUser() user: AuthUser, @Args() args: ProjectEditsArgs): Promise<ProjectEditPageModel> {
    return this.history.page(user, args);
  }
}
