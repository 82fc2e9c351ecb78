import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, requestLoader } from '../common/request-loader';
import { WorkProjectModel } from '../dispatch/models/work.model';
import { ProjectModel } from '../projects/models/project.model';
import { FairPayService } from './fair-pay.service';
import { HourlyRates } from './hourly-rates';

/** Measured pay below the platform minimum: what each answer lacks (TOP_UP pays it on acceptance). */
@ObjectType('FairPayShortfall')
export class FairPayShortfallModel {
  @Field(() => Int)
  measuredHourlyCents: number;

  @Field(() => Int)
  minimumHourlyCents: number;

  @Field(() => Int, { description: 'Added to each accepted answer under the TOP_UP policy' })
  topUpCents: number;

  @Field(() => Int, { description: 'The reward that would pay the minimum' })
  fairRewardCents: number;
}

const HOURLY_DESCRIPTION =
  'Estimated pay per hour of work, in cents: from the median working time of its answers, or the requester’s estimate until enough answers exist; null when unknown';

function hourlyRate(load: (ids: readonly string[]) => Promise<(number | null)[]>, context: GqlContext, projectId: string): Promise<number | null> {
  return requestLoader(context, 'hourlyRates', load).load(projectId) as Promise<number | null>;
}

@Resolver(() => WorkProjectModel)
export class WorkProjectPayResolver {
  constructor(private readonly rates: HourlyRates) {}

  /** The feed's rates, measured once a minute per replica (HourlyRates): every worker on it asks every 30 s. */
  @ResolveField(() => Int, { nullable: true, description: HOURLY_DESCRIPTION })
  hourlyRateCents(@Parent() project: WorkProjectModel, @Context() context: GqlContext): Promise<number | null> {
    return hourlyRate((ids) => this.rates.of(ids), context, project.id);
  }
}

@Resolver(() => ProjectModel)
export class ProjectPayResolver {
  constructor(private readonly fairPay: FairPayService) {}

  @ResolveField(() => FairPayShortfallModel, { nullable: true, description: 'Set when the measured pay per hour is below the platform minimum' })
  async fairPayShortfall(@Parent() project: ProjectModel): Promise<FairPayShortfallModel | null> {
    const { cents, hourlyRateCents } = await this.fairPay.topUpPerAnswer(undefined, project.id, project.rewardCents);
    if (cents <= 0 || hourlyRateCents === null) return null;
    return { measuredHourlyCents: hourlyRateCents, minimumHourlyCents: this.fairPay.minHourlyCents, topUpCents: cents, fairRewardCents: project.rewardCents + cents };
  }

  @ResolveField(() => Int, { nullable: true, description: HOURLY_DESCRIPTION })
  hourlyRateCents(@Parent() project: ProjectModel, @Context() context: GqlContext): Promise<number | null> {
    // The requester's own projects, measured afresh: a change of theirs (gold added) shows at once.
    return hourlyRate(async (ids) => (await this.fairPay.estimates(ids)).map((e) => e.hourlyRateCents), context, project.id);
  }
}
