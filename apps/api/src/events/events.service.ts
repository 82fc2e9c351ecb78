import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENTS_CHANNEL, type FourmiEvent, type FourmiEventBody } from './event.types';

/**
 * Emits an event inside the caller's transaction: webhook deliveries are recorded with it, and
 * `pg_notify` reaches every API replica only if and when the transaction commits.
 */
@Injectable()
export class EventsService {
  async emit(tx: EntityManager, body: FourmiEventBody): Promise<FourmiEvent> {
    const event: FourmiEvent = { ...body, id: randomUUID(), at: new Date().toISOString() };
    const deliveries: { id: string }[] = await tx.query(
      `INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, payload)
       SELECT w.id, $2, $3, $4 FROM project_webhooks w
        WHERE w.project_id = $1 AND w.active AND $3 = ANY (w.events)
       RETURNING id::text`,
      [event.projectId, event.id, event.type, JSON.stringify(event)],
    );
    const message = { ...event, deliveries: deliveries.map((d) => d.id) };
    await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(message)]);
    return event;
  }
}
