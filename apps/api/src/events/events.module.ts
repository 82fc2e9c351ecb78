import { Global, Module } from '@nestjs/common';
import { BatchesModule } from '../batches/batches.module';
import { ProjectsModule } from '../projects/projects.module';
import { EventBus } from './event-bus';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { WebhooksService } from './webhooks.service';

/** Events: emitted in transactions, carried between replicas by LISTEN/NOTIFY, sent to subscriptions and webhooks. */
@Global()
@Module({
  imports: [ProjectsModule, BatchesModule],
  providers: [EventsService, EventBus, WebhooksService, EventsResolver],
  exports: [EventsService, EventBus],
})
export class EventsModule {}
