import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { BusMessage } from './event-bus';
import { EVENTS_CHANNEL, type FourmiEvent } from './event.types';
import { NOTIFY_SQL, OUTBOX_PENDING_SQL, TAKE_IF_TURN_SQL, TAKE_IN_TURN_SQL } from './outbox.sql';

/**
 * Reacts to committed events inside the relay's transaction (batch counters, webhook deliveries,
 * quality checks). It may attach webhook delivery ids to the messages and emit further events, which
 * the next pass relays.
 */
export type RelayHandler = (tx: EntityManager, messages: BusMessage[]) => Promise<void>;

/** The relayed events of `types`, without their deliveries, as the JSON array a handler's statement reads; null when there are none. */
export function eventsJson(messages: readonly BusMessage[], types: ReadonlySet<string>): string | null {
  const events = messages.filter((m) => types.has(m.type)).map(({ deliveries: _deliveries, ...event }) => event);
  return events.length ? JSON.stringify(events) : null;
}

const CHUNK = 500;
/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_PAYLOAD = 7900;

/**
 * Relays the outbox in batches: one transaction handles up to 500 events and sends them to every
 * replica with a few NOTIFYs. A NOTIFY in each answer's own transaction would serialise every commit
 * on PostgreSQL's notify lock (held through the WAL flush); here it is taken once per batch. Each
 * replica polls every EVENT_RELAY_INTERVAL_MS (default 250 ms), right away again after a full batch,
 * and relays when no other replica is. A pass costs about as much for 30 events as for 120 (a commit,
 * the NOTIFYs every replica handles, a statement per derived count): at 500 answers a second, polling
 * every 250 ms instead of 50 took about a tenth less CPU per answer (docs/benchmarks.md, sixteenth
 * session), and an event still reaches subscriptions and webhooks within a quarter of a second.
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventRelay.name);
  private readonly handlers: RelayHandler[] = [];
  private readonly intervalMs = Number(process.env['EVENT_RELAY_INTERVAL_MS'] ?? 250);
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private running: Promise<number> = Promise.resolve(0);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Handlers run in registration order, before the NOTIFY. */
  use(handler: RelayHandler): void {
    this.handlers.push(handler);
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Before the database connections close: the pass under way finishes first. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running.catch(() => 0);
  }

  /** Relays until the outbox is empty, waiting for another replica's pass if one runs; returns how many events. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const relayed = await this.exclusive(true);
      total += relayed;
      if (relayed === 0) return total;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.exclusive().then(
        (relayed) => this.schedule(relayed === CHUNK ? 0 : this.intervalMs),
        (error: unknown) => {
          this.logger.error(`Relaying events failed (they stay in the outbox): ${(error as Error).message}`);
          this.schedule(this.intervalMs * 10);
        },
      );
    }, delayMs);
  }

  /** One pass at a time per replica: the poll and drain() never overlap. */
  private exclusive(wait = false): Promise<number> {
    const next = this.running.catch(() => 0).then(() => this.pass(wait));
    this.running = next;
    return next;
  }

  /**
   * One pass, by one replica at a time (an advisory lock): concurrent passes would only queue on the
   * same batch rows. A poll that finds another replica relaying skips its turn; drain() waits for it.
   * Under load a replica relays up to twenty times a second, so a pass is a few round trips whatever
   * it carries: the lock is taken by the statement that takes the events, handlers write in bulk, and
   * the NOTIFYs go in one statement.
   */
  private async pass(wait: boolean): Promise<number> {
    // An idle poll costs this one round trip, not a transaction. Rows another replica is relaying
    // still show until it commits, so drain() then waits for its turn.
    const pending = await this.db.query(OUTBOX_PENDING_SQL);
    if (!pending.length) return 0;
    return this.db.transaction(async (tx) => {
      // TypeORM answers a DELETE with [rows, count]; no rows either when another replica has the turn.
      const [rows]: [{ id: string; event: FourmiEvent }[]] = await tx.query(wait ? TAKE_IN_TURN_SQL : TAKE_IF_TURN_SQL, [CHUNK]);
      if (!rows.length) return 0;
      rows.sort((a, b) => Number(a.id) - Number(b.id));
      const messages: BusMessage[] = rows.map((row) => ({ ...row.event, deliveries: [] }));
      for (const handler of this.handlers) await handler(tx, messages);
      const payloads = notifyPayloads(messages, this.logger);
      if (payloads.length) await tx.query(NOTIFY_SQL, [EVENTS_CHANNEL, payloads]);
      return rows.length;
    });
  }
}

/**
 * The messages as JSON arrays of at most MAX_PAYLOAD bytes. A message too large alone is sent without
 * its consensus (subscribers refetch what they need; webhooks carry the whole event from the database).
 */
export function notifyPayloads(messages: BusMessage[], logger?: Logger): string[] {
  const payloads: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const message of messages) {
    let json = JSON.stringify(message);
    if (Buffer.byteLength(json) > MAX_PAYLOAD - 2) json = JSON.stringify({ ...message, consensus: null, truncated: true });
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_PAYLOAD - 2) {
      logger?.warn(`Event ${message.id} (${message.type}) is too large to notify replicas`);
      continue;
    }
    if (size + bytes + 1 > MAX_PAYLOAD) {
      payloads.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(json);
    size += bytes + 1;
  }
  if (current.length) payloads.push(`[${current.join(',')}]`);
  return payloads;
}
