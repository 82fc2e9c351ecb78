import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { WorkerToReviewModel } from './models/worker-to-review.model';
import { REVIEW_BELOW_GOLD_ACCURACY, REVIEW_MIN_GOLD_ANSWERS, WORKERS_TO_REVIEW, WorkersToReview } from './workers-to-review';

@Resolver()
export class WorkersToReviewResolver {
  constructor(private readonly workers: WorkersToReview) {}

  @Allow(Permission.QualityAdmin)
  @Query(() => [WorkerToReviewModel], {
    description: `Workers flagged or banned in the last 30 days, or under ${REVIEW_BELOW_GOLD_ACCURACY * 100} % gold accuracy over ${REVIEW_MIN_GOLD_ANSWERS} gold answers or more: the most flagged first, then the least accurate (${WORKERS_TO_REVIEW} at most)`,
  })
  workersToReview(): Promise<WorkerToReviewModel[]> {
    return this.workers.list();
  }
}
