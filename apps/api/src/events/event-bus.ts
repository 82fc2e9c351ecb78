import { EventEmitter, on } from 'node:events';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { listen, type PgListener } from '../common/pg-listener';
import { EVENTS_CHANNEL, type FourmiEvent } from './event.types';

export type BusMessage = FourmiEvent & { deliveries: string[] };

/**
 * This replica's end of Postgres LISTEN/NOTIFY: every committed event, whichever replica caused it,
 * is re-emitted here for subscriptions and webhook dispatch. Reconnects if the connection drops.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(EventBus.name);
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private listener?: PgListener;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.close();
  }

  /** Events matching `filter` as an async iterator, for GraphQL subscriptions. */
  async *stream(filter: (event: BusMessage) => boolean, signal?: AbortSignal): AsyncGenerator<BusMessage> {
    for await (const [event] of on(this.emitter, 'event', { signal }) as AsyncIterable<[BusMessage]>) {
      if (filter(event)) yield event;
    }
  }

  onEvent(listener: (event: BusMessage) => void): void {
    this.emitter.on('event', listener);
  }

  private async connect(): Promise<void> {
    const options = this.db.options as { url?: string };
    this.listener = await listen({
      connectionString: options.url,
      channel: EVENTS_CHANNEL,
      logger: this.logger,
      // The relay sends events in batches (event-relay.ts), in outbox order.
      onMessage: (payload) => {
        for (const event of JSON.parse(payload) as BusMessage[]) this.emitter.emit('event', event);
      },
    });
  }
}
