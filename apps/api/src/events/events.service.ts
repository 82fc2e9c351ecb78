import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENTS_CHANNEL, type FourmiEvent, type FourmiEventBody } from './event.types';

/**
 * One round trip: record the event's webhook deliveries, then notify with their ids attached.
 * $1 project, $2 event id, $3 type, $4 event JSON, $5 channel.
 */
export const EMIT_SQL = `
WITH deliveries AS (
  INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, payload)
  SELECT w.id, $2, $3, $4 FROM project_webhooks w
   WHERE w.project_id = $1 AND w.active AND $3 = ANY (w.events)
  RETURNING id
)
SELECT pg_notify($5, jsonb_set($4::jsonb, '{deliveries}', (SELECT coalesce(jsonb_agg(id::text), '[]'::jsonb) FROM deliveries))::text)`;

/**
 * Emits an event inside the caller's transaction: webhook deliveries are recorded with it, and
 * `pg_notify` reaches every API replica only if and when the transaction commits.
 */
@Injectable()
export class EventsService {
  async emit(tx: EntityManager, body: FourmiEventBody): Promise<FourmiEvent> {
    const event: FourmiEvent = { ...body, id: randomUUID(), at: new Date().toISOString() };
    await tx.query(EMIT_SQL, [event.projectId, event.id, event.type, JSON.stringify(event), EVENTS_CHANNEL]);
    return event;
  }
}
