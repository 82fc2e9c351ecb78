import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { AssignmentStatus } from '../dispatch/assignment.entity';
import { GrantBonusInput } from './dto/grant-bonus.input';
import { RejectAssignmentsArgs } from './dto/reject-assignments.args';
import { BonusModel, ReviewedAssignmentModel } from './models/review.model';
import { ReviewService } from './review.service';
@Resolver()
export class ReviewResolver {
  constructor(private readonly review: ReviewService) {}

  @Allow(Permission.ProjectManage)
  @Mutation(() => [ReviewedAssignmentModel], { description: 'Accepts submitted answers of your projects: each worker is paid once, from the batch escrow' })
  async acceptAssignments(@CurrentUser() user: AuthUser, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<ReviewedAssignmentModel[]> {
    return (await this.review.decide(user.id, ids, 'ACCEPTED', null)).map((r) => ({ id: r.id, status: AssignmentStatus.ACCEPTED }));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => [ReviewedAssignmentModel], { description: 'Rejects submitted answers of your projects, with a reason shown to the workers' })
  async rejectAssignments(@CurrentUser() user: AuthUser, @Args() args: RejectAssignmentsArgs): Promise<ReviewedAssignmentModel[]> {
    return (await this.review.decide(user.id, args.ids, 'REJECTED', args.reason)).map((r) => ({ id: r.id, status: AssignmentStatus.REJECTED }));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BonusModel, { description: 'Pays a worker a bonus for one of their answers, from your balance' })
  grantBonus(@CurrentUser() user: AuthUser, @Args('input') input: GrantBonusInput): Promise<BonusModel> {
    return this.review.bonus(user.id, input);
  }
}
