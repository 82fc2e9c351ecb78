import { Inject } from '@nestjs/common';
import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, requestLoader } from '../common/request-loader';
import type { ProjectEntity } from '../projects/project.entity';
import { ProjectsService } from '../projects/projects.service';
import { BATCH_FUNDING, type BatchFunding } from './batch-funding';
import { BatchModel } from './models/batch.model';

/** What publishing a batch reserves, asked of the escrow itself so the console shows the same amount. */
@Resolver(() => BatchModel)
export class BatchReserveResolver {
  constructor(
    private readonly projects: ProjectsService,
    @Inject(BATCH_FUNDING) private readonly funding: BatchFunding,
  ) {}

  @ResolveField(() => Int, { description: 'What publishing reserves from the balance, in the project’s currency: items × overlap × (reward + platform fee)' })
  async reserveCents(@Parent() batch: BatchModel, @Context() context: GqlContext): Promise<number> {
    const project = await requestLoader<string, ProjectEntity>(context, 'batchReserveProjects', async (ids) => {
      const found = new Map((await this.projects.findByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => found.get(id) ?? new Error(`No project ${id}`));
    }).load(batch.projectId);
    return this.funding.quote({ items: batch.itemCount, maxOverlap: project.overlap, rewardCents: project.rewardCents });
  }
}
