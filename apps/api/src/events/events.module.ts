import { Global, Module } from '@nestjs/common';
import { BatchesModule } from '../batches/batches.module';
import { ProjectsModule } from '../projects/projects.module';
import { EventBus } from './event-bus';
import { EventRelay } from './event-relay';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { WebhooksService } from './webhooks.service';

/** Events: written to an outbox in the transactions that cause them, relayed in batches to every replica (LISTEN/NOTIFY), to subscriptions and to webhooks. */
@Global()
@Module({
  imports: [ProjectsModule, BatchesModule],
  providers: [EventsService, EventBus, EventRelay, WebhooksService, EventsResolver],
  exports: [EventsService, EventBus, EventRelay],
})
export class EventsModule {}
