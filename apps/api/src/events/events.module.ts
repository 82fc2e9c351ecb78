import { type DynamicModule, Global, Module } from '@nestjs/common';
import { BatchesModule } from '../batches/batches.module';
import { ProjectsModule } from '../projects/projects.module';
import { EventBus } from './event-bus';
import { EventRelay } from './event-relay';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { WEBHOOK_POLICY, type WebhookPolicy, WebhooksService } from './webhooks.service';

/** Events: written to an outbox in the transactions that cause them, relayed in batches to every replica (LISTEN/NOTIFY), to subscriptions and to webhooks. */
@Global()
@Module({
  imports: [ProjectsModule, BatchesModule],
  providers: [EventsService, EventBus, EventRelay, WebhooksService, EventsResolver],
  exports: [EventsService, EventBus, EventRelay],
})
export class EventsModule {
  static forRoot(policy: WebhookPolicy): DynamicModule {
    return { module: EventsModule, providers: [{ provide: WEBHOOK_POLICY, useValue: policy }] };
  }
}
