import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { BansService } from './bans.service';
import { QualityStandingModel, SkillModel, WorkerQualityModel } from './models/standing.model';
import { QualityError, QualityReadService } from './quality-read.service';

@Resolver()
export class QualityResolver {
  constructor(
    private readonly reads: QualityReadService,
    private readonly bans: BansService,
  ) {}

  @Allow(Permission.TaskWork)
  @Query(() => QualityStandingModel, { description: 'The rules of a project and where you stand: gold accuracy, flags, ban and why' })
  myStanding(@CurrentUser() user: AuthUser, @Args('projectId', { type: () => ID }) projectId: string): Promise<QualityStandingModel> {
    return this.reads.standing(user.id, projectId);
  }

  @Allow(Permission.TaskWork)
  @Query(() => [SkillModel])
  mySkills(@CurrentUser() user: AuthUser): Promise<SkillModel[]> {
    return this.reads.skills(user.id);
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

/** Every admin action carries its reason into the audit log. */
function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 1000) throw QualityError.invalid([{ path: 'reason', message: 'Give a reason of 3 to 1,000 characters' }]);
  return trimmed;
}
