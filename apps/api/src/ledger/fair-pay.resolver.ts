import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, requestLoader } from '../common/request-loader';
import { WorkProjectModel } from '../dispatch/models/work.model';
import { ProjectModel } from '../projects/models/project.model';
import { FairPayService } from './fair-pay.service';
import { formatMoney } from './money';

const HOURLY_DESCRIPTION =
  'Estimated pay per hour of work, in cents: from the median working time of its answers, or the requester’s estimate until enough answers exist; null when unknown';

function hourlyRate(fairPay: FairPayService, context: GqlContext, projectId: string): Promise<number | null> {
  return requestLoader(context, 'hourlyRates', async (ids: readonly string[]) => (await fairPay.estimates(ids)).map((e) => e.hourlyRateCents)).load(projectId) as Promise<
    number | null
  >;
}

@Resolver(() => WorkProjectModel)
export class WorkProjectPayResolver {
  constructor(private readonly fairPay: FairPayService) {}

  @ResolveField(() => Int, { nullable: true, description: HOURLY_DESCRIPTION })
  hourlyRateCents(@Parent() project: WorkProjectModel, @Context() context: GqlContext): Promise<number | null> {
    return hourlyRate(this.fairPay, context, project.id);
  }
}

@Resolver(() => ProjectModel)
export class ProjectPayResolver {
  constructor(private readonly fairPay: FairPayService) {}

  @ResolveField(() => String, { nullable: true, description: 'Set when the measured pay per hour is below the platform minimum, saying what happens' })
  async fairPayWarning(@Parent() project: ProjectModel): Promise<string | null> {
    const { cents, hourlyRateCents } = await this.fairPay.topUpPerAnswer(undefined, project.id, project.rewardCents);
    if (cents <= 0 || hourlyRateCents === null) return null;
    const measured = `Measured pay is ${formatMoney(hourlyRateCents, project.currency)}/h, below the ${formatMoney(this.fairPay.minHourlyCents, project.currency)}/h minimum`;
    return project.fairPayPolicy === 'TOP_UP'
      ? `${measured}: each accepted answer is topped up by ${formatMoney(cents, project.currency)} from your balance.`
      : `${measured}: raise the reward to at least ${formatMoney(project.rewardCents + cents, project.currency)} to pay fairly.`;
  }

  @ResolveField(() => Int, { nullable: true, description: HOURLY_DESCRIPTION })
  hourlyRateCents(@Parent() project: ProjectModel, @Context() context: GqlContext): Promise<number | null> {
    return hourlyRate(this.fairPay, context, project.id);
  }
}
