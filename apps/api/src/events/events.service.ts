import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FourmiEvent, FourmiEventBody } from './event.types';

/** $1 the event JSON. */
export const OUTBOX_SQL = `INSERT INTO event_outbox (event) VALUES ($1)`;

/** $1 a JSON array of events, written in its order. */
const OUTBOX_MANY_SQL = `INSERT INTO event_outbox (event) SELECT e FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n`;

/** An event with its id and time, ready for the outbox. */
export function stampEvent<B extends FourmiEventBody | Partial<FourmiEventBody>>(body: B): B & { id: string; at: string } {
  return { ...body, id: randomUUID(), at: new Date().toISOString() };
}

/**
 * Emits an event inside the caller's transaction: it is written to the outbox, so it exists if and
 * only if the transaction commits, and the relay (event-relay.ts) then records its webhook deliveries
 * and carries it to every API replica.
 */
@Injectable()
export class EventsService {
  async emit(tx: EntityManager, body: FourmiEventBody): Promise<FourmiEvent> {
    const event = stampEvent(body);
    await tx.query(OUTBOX_SQL, [JSON.stringify(event)]);
    return event;
  }

  /** Emits several events, in order, with one statement. */
  async emitMany(tx: EntityManager, bodies: FourmiEventBody[]): Promise<FourmiEvent[]> {
    const events = bodies.map((body) => stampEvent(body));
    if (events.length) await tx.query(OUTBOX_MANY_SQL, [JSON.stringify(events)]);
    return events;
  }
}
