import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { DomainError, fieldProblem } from '../common/domain-error';
import { AnswerToReviewModel, ResultPageModel } from './models/task-result.model';
import { ResultsService } from './results.service';

@Resolver()
export class ResultsResolver {
  constructor(private readonly results: ResultsService) {}

  @Allow(Permission.ProjectManage)
  @Query(() => ResultPageModel, { description: "A page of a project's published items with every answer and the consensus, batch by batch in the order the batches were made" })
  projectResults(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<ResultPageModel> {
    if (offset < 0) throw DomainError.invalid([fieldProblem('offset', 'Must be 0 or more', 'field.zeroOrMore')]);
    if (limit < 1 || limit > 500) throw DomainError.invalid([fieldProblem('limit', 'Must be from 1 to 500', 'field.fromTo', { min: 1, max: 500 })]);
    return this.results.page(user.id, projectId, offset, limit);
  }

  @Allow(Permission.ProjectManage)
  @Query(() => [AnswerToReviewModel], { description: "Your project's answers awaiting review, oldest first; page on with `after`, the last one's assignmentId" })
  answersToReview(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('batchId', { type: () => ID, nullable: true }) batchId: string | null,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<AnswerToReviewModel[]> {
    return this.results.toReview(user.id, projectId, { batchId, after, limit });
  }
}
