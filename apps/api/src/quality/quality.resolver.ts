import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { BatchesService } from '../batches/batches.service';
import { Role } from '../users/user.entity';
import { checkReason } from '../common/admin-reason';
import { JSONScalar } from '../common/json.scalar';
import { BansService } from './bans.service';
import { WorkerLevelModel } from './models/worker-level.model';
import { WorkerLevels } from './worker-levels';
import { type ContestRow, GoldContestsService } from './gold-contests.service';
import { BatchAggregationService } from './batch-aggregation.service';
import { BatchAggregationModel, ProjectQualityModel } from './models/project-quality.model';
import { ProjectQualityService } from './project-quality.service';
import { GoldContestModel, QualityStandingModel, SkillModel, WorkerQualityModel } from './models/standing.model';
import { QualityError, QualityReadService } from './quality-read.service';
import { fieldProblem } from '../common/domain-error';
import { isUuid } from '../projects/projects.service';

@Resolver()
export class QualityResolver {
  constructor(
    private readonly reads: QualityReadService,
    private readonly bans: BansService,
    private readonly projectSummaries: ProjectQualityService,
    private readonly aggregation: BatchAggregationService,
    private readonly batches: BatchesService,
    private readonly contests: GoldContestsService,
    private readonly levels: WorkerLevels,
  ) {}

  @Allow(Permission.TaskWork)
  @Query(() => QualityStandingModel, { description: 'The rules of a project and where you stand: gold accuracy, flags, ban and why' })
  myStanding(@CurrentUser() user: AuthUser, @Args('projectId', { type: () => ID }) projectId: string): Promise<QualityStandingModel> {
    return this.reads.standing(user.id, projectId);
  }

  @Allow(Permission.TaskWork)
  @Query(() => WorkerLevelModel, { description: 'Your level and what the next one asks' })
  myLevel(@CurrentUser() user: AuthUser): Promise<WorkerLevelModel> {
    return this.levels.progress(user.id);
  }

  @Allow(Permission.TaskWork)
  @Query(() => [SkillModel])
  mySkills(@CurrentUser() user: AuthUser): Promise<SkillModel[]> {
    return this.reads.skills(user.id);
  }

  @Allow(Permission.ProjectManage)
  @Query(() => ProjectQualityModel, { description: "Agreement, confidence, review counts, cost and what dynamic overlap saved, for one of your projects" })
  projectQuality(@CurrentUser() user: AuthUser, @Args('projectId', { type: () => ID }) projectId: string): Promise<ProjectQualityModel> {
    return this.projectSummaries.summary(user.id, projectId);
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchAggregationModel, { description: 'Runs the full Dawid-Skene pass over one of your batches now (it also runs when a batch completes)' })
  async aggregateBatch(@CurrentUser() user: AuthUser, @Args('batchId', { type: () => ID }) batchId: string): Promise<BatchAggregationModel> {
    const batch = await this.batches.getOwned(user.id, batchId);
    return this.aggregation.aggregate(batch.id);
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => GoldContestModel, { description: 'Contests a gold item you answered that you believe is wrong' })
  async contestGold(
    @CurrentUser() user: AuthUser,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('message', { type: () => String }) message: string,
  ): Promise<GoldContestModel> {
    return toContest(await this.contests.contest(user.id, assignmentId, message));
  }

  @Allow(Permission.ProjectManage, Permission.QualityAdmin)
  @Query(() => [GoldContestModel], { description: 'Open gold contests of your projects (admins: of all projects), oldest first; of one project with projectId' })
  async goldContests(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID, nullable: true, description: 'Only this project’s' }) projectId: string | null,
  ): Promise<GoldContestModel[]> {
    if (projectId != null && !isUuid(projectId)) throw QualityError.invalid([fieldProblem('projectId', 'Must be a valid id.', 'field.notId')]);
    return (await this.contests.open(user.id, isAdmin(user), projectId ?? null)).map(toContest);
  }

  @Allow(Permission.ProjectManage, Permission.QualityAdmin)
  @Mutation(() => GoldContestModel, { description: 'Keeps a contested gold item, or corrects it: every answer to it is re-scored and skills rebuilt' })
  async settleGoldContest(
    @CurrentUser() user: AuthUser,
    @Args('contestId', { type: () => ID }) contestId: string,
    @Args('correctedAnswer', { type: () => JSONScalar, nullable: true }) correctedAnswer: unknown,
    @Args('note', { type: () => String }) note: string,
  ): Promise<GoldContestModel> {
    return toContest(await this.contests.settle(user.id, isAdmin(user), contestId, correctedAnswer ?? null, checkReason(note)));
  }

  @Allow(Permission.QualityAdmin)
  @Query(() => WorkerQualityModel, { description: 'Skills, bans, flags and pace of one worker' })
  workerQuality(@Args('workerId', { type: () => ID }) workerId: string): Promise<WorkerQualityModel> {
    return this.reads.workerAudit(workerId);
  }

  @Allow(Permission.QualityAdmin)
  @Mutation(() => ID, { description: 'Bans a worker from a project (or everywhere); audited' })
  banWorker(
    @CurrentUser() user: AuthUser,
    @Args('workerId', { type: () => ID }) workerId: string,
    @Args('projectId', { type: () => ID, nullable: true }) projectId: string | null,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<string> {
    return this.bans.ban(user.id, workerId, projectId ?? null, checkReason(reason));
  }

  @Allow(Permission.QualityAdmin)
  @Mutation(() => Boolean, { description: 'Lifts a ban (a rule’s or an admin’s); audited' })
  async liftBan(@CurrentUser() user: AuthUser, @Args('banId', { type: () => ID }) banId: string, @Args('reason', { type: () => String }) reason: string): Promise<boolean> {
    await this.bans.lift(user.id, banId, checkReason(reason));
    return true;
  }
}

const toContest = (r: ContestRow): GoldContestModel => ({
  id: r.id,
  assignmentId: r.assignment_id,
  projectId: r.project_id,
  projectName: r.project_name,
  projectConfig: r.project_config,
  item: r.item,
  goldAnswer: r.gold_answer,
  given: r.given,
  message: r.message,
  status: r.status,
  decisionNote: r.decision_note,
  createdAt: r.created_at,
});

/** Every admin action carries its reason into the audit log. */
const isAdmin = (user: AuthUser) => user.roles.includes(Role.ADMIN);
