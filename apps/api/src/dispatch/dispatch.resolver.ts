import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { nullOnDomainError } from '../common/domain-error';
import { type GqlContext, requestLoader } from '../common/request-loader';
import type { ProjectEntity } from '../projects/project.entity';
import { DispatchService, type Lease } from './dispatch.service';
import { AVAILABLE_COUNT_LIMIT, EligibilityService } from './eligibility.service';
import { RedoService } from './redo.service';
import { Role } from '../users/user.entity';
import { SubmitAnswerInput } from './dto/submit-answer.input';
import { SubmitService } from './submit.service';
import { SubmitResultModel, WorkAssignmentModel, WorkerSummaryModel, WorkProjectModel } from './models/work.model';

/** Whether the operation asked for a field of this resolver's result. */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === field));
}

const toWorkProject = (p: ProjectEntity): WorkProjectModel =>
  Object.assign(new WorkProjectModel(), {
    id: p.id,
    name: p.name,
    instructions: p.instructions,
    kind: p.kind,
    config: p.config,
    rewardCents: p.rewardCents,
    currency: p.currency,
  });

// The lease's project comes with it, as the claim read it (ActiveProjects): the worker app asks for it
// with every task, and a query of its own per answer cost a round trip through TypeORM.
const toWorkAssignment = (lease: Lease): WorkAssignmentModel =>
  Object.assign(new WorkAssignmentModel(), { id: lease.id, project: toWorkProject(lease.project), input: lease.input, leaseExpiresAt: lease.leaseExpiresAt });

@Resolver(() => WorkAssignmentModel)
export class DispatchResolver {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly answers: SubmitService,
    private readonly eligibility: EligibilityService,
    private readonly redo: RedoService,
  ) {}

  @Allow(Permission.TaskWork)
  @Query(() => [WorkProjectModel], { description: 'Projects with work left for you' })
  async availableProjects(@CurrentUser() user: AuthUser, @Context() context: GqlContext): Promise<WorkProjectModel[]> {
    const found = await this.eligibility.projectsWithWork(user.id);
    const counts = requestLoader(context, 'availableTasks', (ids: readonly string[]) => this.eligibility.availableCounts(user.id, ids));
    for (const { project, available } of found) counts.prime(project.id, available);
    return found.map(({ project }) => toWorkProject(project));
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => WorkAssignmentModel, {
    nullable: true,
    description: 'Leases your next task, of one project or of any you can work on; null when none is left. In a project where you hold a task already (a reload, another device), that task again',
  })
  async claimNext(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID, nullable: true }) projectId: string | null,
  ): Promise<WorkAssignmentModel | null> {
    const lease = await this.dispatch.claimNext(user.id, projectId ?? null);
    return lease && toWorkAssignment(lease);
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => WorkAssignmentModel, { nullable: true, description: 'Skips this task (you will not get it again) and leases the next one' })
  async skipAssignment(@CurrentUser() user: AuthUser, @Args('assignmentId', { type: () => ID }) assignmentId: string): Promise<WorkAssignmentModel | null> {
    const { projectId } = await this.dispatch.giveBack(user.id, assignmentId);
    const next = await this.dispatch.claimNext(user.id, projectId);
    return next && toWorkAssignment(next);
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => Boolean, { description: 'Gives a task back without answering (you will not get it again)' })
  async releaseAssignment(@CurrentUser() user: AuthUser, @Args('assignmentId', { type: () => ID }) assignmentId: string): Promise<boolean> {
    await this.dispatch.giveBack(user.id, assignmentId);
    return true;
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => SubmitResultModel, { description: 'Stores your answer and leases the next task of the project at once' })
  async submitAnswer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SubmitAnswerInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SubmitResultModel> {
    // Lease the next task only for a client that asked for it: an unseen lease would hold a slot for nothing.
    // Mostly leased by the answer's own statement; otherwise claimed now. The answer is stored by then:
    // a refusal of the next claim (a ban that answer triggered, a daily cap) must not turn the submit
    // into an error; the worker learns why at their next claim.
    const withNext = selects(info, 'next');
    const result = await this.answers.submit(user.id, input.assignmentId, input.answer, input.idempotencyKey, withNext);
    const next = withNext ? (result.next ?? (await this.dispatch.claimNext(user.id, result.projectId, result.nextClaim).catch(nullOnDomainError))) : null;
    return { assignmentId: result.assignmentId, status: result.status, next: next && toWorkAssignment(next), feedback: result.feedback ?? null };
  }

  @Allow(Permission.ProjectManage, Permission.QualityAdmin)
  @Mutation(() => Int, { description: 'Sends a worker’s unreviewed answers of a project back to be redone by others (e.g. after a ban); returns how many' })
  returnWorkerAnswers(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('workerId', { type: () => ID }) workerId: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<number> {
    return this.redo.returnAnswers({ id: user.id, admin: user.roles.includes(Role.ADMIN) }, projectId, workerId, reason);
  }

  @Allow(Permission.TaskWork)
  @Query(() => WorkerSummaryModel)
  workerSummary(@CurrentUser() user: AuthUser): Promise<WorkerSummaryModel> {
    return this.dispatch.summary(user.id);
  }
}

@Resolver(() => WorkProjectModel)
export class WorkProjectResolver {
  constructor(private readonly eligibility: EligibilityService) {}

  @ResolveField(() => Int, { description: `Tasks you can still take, counted up to ${AVAILABLE_COUNT_LIMIT.toLocaleString('en')}` })
  async availableTasks(@Parent() project: WorkProjectModel, @Context() context: GqlContext, @CurrentUser() user: AuthUser): Promise<number> {
    return Math.min(await this.counted(project, context, user), AVAILABLE_COUNT_LIMIT);
  }

  @ResolveField(() => Boolean, { description: `More tasks than availableTasks are left for you: the count stopped at ${AVAILABLE_COUNT_LIMIT.toLocaleString('en')}` })
  async moreTasksAvailable(@Parent() project: WorkProjectModel, @Context() context: GqlContext, @CurrentUser() user: AuthUser): Promise<boolean> {
    return (await this.counted(project, context, user)) > AVAILABLE_COUNT_LIMIT;
  }

  /** The feed's count, one query for all its projects (availableProjects primes it). */
  private counted(project: WorkProjectModel, context: GqlContext, user: AuthUser): Promise<number> {
    return requestLoader(context, 'availableTasks', (ids: readonly string[]) => this.eligibility.availableCounts(user.id, ids)).load(project.id);
  }
}
