import type { Logger } from '@nestjs/common';
import pg from 'pg';

export interface PgListenerOptions {
  connectionString?: string;
  channel: string;
  onMessage(payload: string): void;
  /** After every (re)connection, once listening: catch up on what a dropped connection missed. */
  onListening?(): Promise<void>;
  logger: Logger;
}

export interface PgListener {
  close(): Promise<void>;
}

/**
 * One connection LISTENing on one channel, reconnecting a second after it drops (NOTIFY reaches only
 * the connections listening when it commits, so `onListening` runs again after each reconnection).
 */
export async function listen(options: PgListenerOptions): Promise<PgListener> {
  let client: pg.Client | undefined;
  let closing = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.connectionString });
    next.on('notification', (message) => {
      if (message.channel === options.channel && message.payload) options.onMessage(message.payload);
    });
    next.on('error', (error) => {
      options.logger.warn(`Listener on ${options.channel} lost its connection: ${error.message}; reconnecting`);
      if (!closing) setTimeout(() => connect().catch((e: unknown) => options.logger.error(String(e))), 1000);
    });
    await next.connect();
    await next.query(`LISTEN ${options.channel}`);
    client = next;
    await options.onListening?.();
  };
  await connect();
  return {
    async close() {
      closing = true;
      await client?.end().catch(() => undefined);
    },
  };
}
