import { EventEmitter, on } from 'node:events';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
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
  private client?: pg.Client;
  private closing = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.client?.end().catch(() => undefined);
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
    const client = new pg.Client({ connectionString: options.url });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      // The relay sends events in batches (event-relay.ts), in outbox order.
      for (const event of JSON.parse(message.payload) as BusMessage[]) this.emitter.emit('event', event);
    });
    client.on('error', (error) => {
      this.logger.warn(`Event listener lost its connection: ${error.message}; reconnecting`);
      if (!this.closing) setTimeout(() => this.connect().catch((e: unknown) => this.logger.error(String(e))), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
  }
}
