import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { type GqlContext, requestLoader } from '../common/request-loader';
import { ProjectModel } from '../projects/models/project.model';
import type { BatchEntity } from './batch.entity';
import { BatchesService } from './batches.service';
import { AddGoldItemsInput } from './dto/add-gold-items.input';
import { CreateBatchInput } from './dto/create-batch.input';
import { BatchModel, ProjectStatsModel } from './models/batch.model';

const toBatchModel = (b: BatchEntity): BatchModel =>
  Object.assign(new BatchModel(), { id: b.id, projectId: b.projectId, name: b.name, status: b.status, itemCount: b.itemCount, completedCount: b.completedCount, isGold: b.isGold, createdAt: b.createdAt, publishedAt: b.publishedAt });

@Resolver(() => ProjectModel)
export class BatchesResolver {
  constructor(private readonly batches: BatchesService) {}

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchModel)
  async createBatch(@CurrentUser() user: AuthUser, @Args('input') input: CreateBatchInput): Promise<BatchModel> {
    return toBatchModel(await this.batches.create(user.id, input));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchModel, { description: 'Adds items with a known right answer, mixed into workers’ tasks at the project’s gold ratio' })
  async addGoldItems(@CurrentUser() user: AuthUser, @Args('input') input: AddGoldItemsInput): Promise<BatchModel> {
    return toBatchModel(await this.batches.addGold(user.id, input));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchModel)
  async publishBatch(@CurrentUser() user: AuthUser, @Args('batchId', { type: () => ID }) batchId: string): Promise<BatchModel> {
    return toBatchModel(await this.batches.publish(user.id, batchId));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchModel, { description: 'Stops handing out the batch’s items until resumed' })
  async pauseBatch(@CurrentUser() user: AuthUser, @Args('batchId', { type: () => ID }) batchId: string): Promise<BatchModel> {
    return toBatchModel(await this.batches.pause(user.id, batchId));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchModel)
  async resumeBatch(@CurrentUser() user: AuthUser, @Args('batchId', { type: () => ID }) batchId: string): Promise<BatchModel> {
    return toBatchModel(await this.batches.resume(user.id, batchId));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchModel, { description: 'Ends the batch now and returns its unused escrow' })
  async cancelBatch(@CurrentUser() user: AuthUser, @Args('batchId', { type: () => ID }) batchId: string): Promise<BatchModel> {
    return toBatchModel(await this.batches.cancel(user.id, batchId));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => BatchModel, { description: 'Ends the batch with the answers collected so far and returns its unused escrow' })
  async completeBatch(@CurrentUser() user: AuthUser, @Args('batchId', { type: () => ID }) batchId: string): Promise<BatchModel> {
    return toBatchModel(await this.batches.complete(user.id, batchId));
  }

  @ResolveField(() => ProjectStatsModel)
  stats(@Parent() project: ProjectModel, @Context() context: GqlContext): Promise<ProjectStatsModel> {
    return requestLoader(context, 'projectStats', (ids: readonly string[]) => this.batches.statsOf(ids)).load(project.id);
  }

  @ResolveField('batches', () => [BatchModel])
  async projectBatches(@Parent() project: ProjectModel, @Context() context: GqlContext): Promise<BatchModel[]> {
    const batches = await requestLoader(context, 'projectBatches', (ids: readonly string[]) => this.batches.batchesOf(ids)).load(project.id);
    return batches.map(toBatchModel);
  }
}
