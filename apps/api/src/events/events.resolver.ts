import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { BatchesService } from '../batches/batches.service';
import { ProjectsService } from '../projects/projects.service';
import { CreateWebhookInput } from './dto/create-webhook.input';
import { EventBus } from './event-bus';
import { BatchProgressModel, ProjectEventModel, WebhookDeliveryModel, WebhookModel } from './models/event.model';
import { type DeliveryRow, type WebhookRow, WebhooksService } from './webhooks.service';

const toWebhook = (w: WebhookRow): WebhookModel => ({ id: w.id, url: w.url, events: w.events, secret: w.secret, createdAt: w.created_at });
const toDelivery = (d: DeliveryRow): WebhookDeliveryModel => ({
  id: d.id,
  webhookId: d.webhook_id,
  eventId: d.event_id,
  eventType: d.event_type,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.last_status_code,
  lastError: d.last_error,
  createdAt: d.created_at,
  deliveredAt: d.delivered_at,
});

@Resolver()
export class EventsResolver {
  constructor(
    private readonly bus: EventBus,
    private readonly projects: ProjectsService,
    private readonly batches: BatchesService,
    private readonly hooks: WebhooksService,
  ) {}

  @Allow(Permission.ProjectManage)
  @Subscription(() => BatchProgressModel, { description: 'Live progress of one of your batches', resolve: (payload: BatchProgressModel) => payload })
  async batchProgress(@CurrentUser() user: AuthUser, @Args('batchId', { type: () => ID }) batchId: string) {
    const batch = await this.batches.getOwned(user.id, batchId);
    return this.bus.stream((e) => e.type === 'batch.progress' && e.batchId === batch.id);
  }

  @Allow(Permission.ProjectManage)
  @Subscription(() => ProjectEventModel, {
    description: 'Every event of one of your projects, as it happens',
    resolve: (event: { id: string; type: string; at: string }) => ({ id: event.id, type: event.type, at: new Date(event.at), payload: event }),
  })
  async projectEvents(@CurrentUser() user: AuthUser, @Args('projectId', { type: () => ID }) projectId: string) {
    const project = await this.projects.getOwned(projectId, user.id);
    return this.bus.stream((e) => e.projectId === project.id && e.type !== 'batch.progress');
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => WebhookModel, { description: 'Sends signed POSTs of the chosen events of a project to a URL' })
  async createWebhook(@CurrentUser() user: AuthUser, @Args('input') input: CreateWebhookInput): Promise<WebhookModel> {
    return toWebhook(await this.hooks.create(user.id, input.projectId, input.url, input.events));
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => Boolean)
  async deleteWebhook(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.hooks.deactivate(user.id, id);
    return true;
  }

  @Allow(Permission.ProjectManage)
  @Query(() => [WebhookModel])
  async webhooks(@CurrentUser() user: AuthUser, @Args('projectId', { type: () => ID }) projectId: string): Promise<WebhookModel[]> {
    return (await this.hooks.list(user.id, projectId)).map(toWebhook);
  }

  @Allow(Permission.ProjectManage)
  @Query(() => [WebhookDeliveryModel], { description: 'The delivery log of a project’s webhooks, newest first' })
  async webhookDeliveries(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<WebhookDeliveryModel[]> {
    return (await this.hooks.deliveries(user.id, projectId, Math.min(Math.max(limit, 1), 500))).map(toDelivery);
  }
}
