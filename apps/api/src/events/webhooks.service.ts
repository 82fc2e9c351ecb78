import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, fieldProblem, type FieldProblem } from '../common/domain-error';
import { JobsService } from '../jobs/jobs.service';
import { ProjectsService } from '../projects/projects.service';
import { type BusMessage, EventBus } from './event-bus';
import { EventRelay } from './event-relay';
import { type EventType, WEBHOOK_EVENT_TYPES } from './event.types';
import { refusalText, refusedDestination } from './webhook-address';
import { postWebhook } from './webhook-post';
import { signWebhook } from './webhook-signature';
import { DELIVERY_LOG_SQL, UNSENT_DELIVERIES_SQL } from './webhooks.sql';

export class WebhooksError extends DomainError {}

/** Where webhooks may POST: see webhook-address.ts; an operator allows private addresses (WEBHOOK_ALLOW_PRIVATE). */
export interface WebhookPolicy {
  allowPrivateAddresses: boolean;
}
export const WEBHOOK_POLICY = Symbol('WEBHOOK_POLICY');

export const DELIVERY_QUEUE = 'webhook-delivery';
const RESCUE_QUEUE = 'webhook-rescue';
const RETRY_LIMIT = 8;

export interface WebhookRow {
  id: string;
  project_id: string;
  url: string;
  secret: string;
  events: EventType[];
  active: boolean;
  created_at: Date;
}

export interface DeliveryRow {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

/**
 * Requester webhooks: each event recorded once per webhook with the event (see EventsService), then
 * POSTed, signed, by a pg-boss job that retries with exponential backoff until the receiver says 2xx.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
    private readonly jobs: JobsService,
    private readonly bus: EventBus,
    private readonly relay: EventRelay,
    @Inject(WEBHOOK_POLICY) private readonly policy: WebhookPolicy,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register<{ id: string }>({
      name: DELIVERY_QUEUE,
      retryLimit: RETRY_LIMIT,
      retryDelay: Number(process.env['WEBHOOK_RETRY_DELAY_SECONDS'] ?? 5),
      retryBackoff: true,
      handle: ({ id }) => this.deliver(id),
    });
    await this.jobs.register({ name: RESCUE_QUEUE, retryLimit: 0, handle: () => this.rescue() });
    await this.jobs.schedule(RESCUE_QUEUE, '* * * * *');
    this.relay.use((tx, messages) => this.recordDeliveries(tx, messages));
    // Every replica hears every event; the singleton key makes one job per delivery.
    this.bus.onEvent((event) => {
      for (const id of event.deliveries) this.enqueue(id);
    });
  }

  /** One delivery per relayed event and matching webhook, its id attached to the message for the job. */
  private async recordDeliveries(tx: EntityManager, messages: BusMessage[]): Promise<void> {
    const rows: { id: string; event_id: string }[] = await tx.query(
      `INSERT INTO webhook_deliveries (webhook_id, event_id, event_type, payload)
       SELECT w.id, (e->>'id')::uuid, e->>'type', e - 'deliveries'
         FROM jsonb_array_elements($1::jsonb) e
         JOIN project_webhooks w ON w.project_id = (e->>'projectId')::uuid AND w.active AND e->>'type' = ANY (w.events)
       ON CONFLICT (webhook_id, event_id) DO NOTHING
       RETURNING id::text, event_id::text`,
      [JSON.stringify(messages)],
    );
    const byEvent = new Map(messages.map((m) => [m.id, m]));
    for (const row of rows) byEvent.get(row.event_id)?.deliveries.push(row.id);
  }

  async create(ownerId: string, projectId: string, url: string, events: string[]): Promise<WebhookRow> {
    const project = await this.projects.getOwned(projectId, ownerId);
    const problems: FieldProblem[] = [];
    if (!isHttpUrl(url)) problems.push(fieldProblem('url', 'Enter an http:// or https:// URL', 'field.notHttpUrl'));
    else if (!this.policy.allowPrivateAddresses) {
      const refused = await refusedDestination(new URL(url).hostname);
      if (refused) problems.push(fieldProblem('url', `Webhooks go to public addresses: ${refusalText(refused)}`, refused.key, refused.params));
    }
    const unknown = events.filter((e) => !WEBHOOK_EVENT_TYPES.includes(e as EventType));
    if (!events.length) problems.push(fieldProblem('events', 'Choose at least one event', 'field.noEvent'));
    if (unknown.length) problems.push(
        fieldProblem('events', `Unknown events: ${unknown.join(', ')} (known: ${WEBHOOK_EVENT_TYPES.join(', ')})`, 'field.unknownEvents', {
          events: unknown,
          known: [...WEBHOOK_EVENT_TYPES],
        }),
      );
    if (problems.length) throw WebhooksError.invalid(problems);
    const [row] = await this.db.query(
      `INSERT INTO project_webhooks (project_id, url, secret, events) VALUES ($1, $2, $3, $4) RETURNING *`,
      [project.id, url, `whsec_${randomBytes(24).toString('hex')}`, [...new Set(events)]],
    );
    return row;
  }

  async list(ownerId: string, projectId: string): Promise<WebhookRow[]> {
    const project = await this.projects.getOwned(projectId, ownerId);
    return this.db.query(`SELECT * FROM project_webhooks WHERE project_id = $1 AND active ORDER BY created_at`, [project.id]);
  }

  async deactivate(ownerId: string, webhookId: string): Promise<void> {
    const [hook] = await this.db.query(`SELECT project_id FROM project_webhooks WHERE id::text = $1`, [webhookId]);
    if (!hook) throw WebhooksError.notFound('No such webhook', 'webhook.notFound');
    await this.projects.getOwned(hook.project_id, ownerId);
    await this.db.query(`UPDATE project_webhooks SET active = false WHERE id = $1`, [webhookId]);
  }

  /** The delivery log of a project's webhooks, newest first. */
  async deliveries(ownerId: string, projectId: string, limit: number): Promise<DeliveryRow[]> {
    const project = await this.projects.getOwned(projectId, ownerId);
    return this.db.query(DELIVERY_LOG_SQL, [project.id, limit]);
  }

  /** One attempt; throwing makes pg-boss retry later. */
  async deliver(deliveryId: string): Promise<void> {
    const [d] = await this.db.query(
      `SELECT d.status, d.payload, d.event_id, d.event_type, d.attempts, w.url, w.secret
         FROM webhook_deliveries d JOIN project_webhooks w ON w.id = d.webhook_id WHERE d.id = $1`,
      [deliveryId],
    );
    if (!d || d.status !== 'PENDING') return;
    const body = JSON.stringify(d.payload);
    const attempt = await postWebhook(d.url, body, {
      'content-type': 'application/json',
      'user-agent': 'Fourmi-Webhooks/1',
      'fourmi-event-id': d.event_id,
      'fourmi-event-type': d.event_type,
      'fourmi-signature': signWebhook(d.secret, body),
    }, this.policy.allowPrivateAddresses);
    const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300;
    const finalFailure = !ok && d.attempts + 1 > RETRY_LIMIT;
    await this.db.query(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = $2, last_error = $3,
              status = $4, delivered_at = CASE WHEN $4 = 'DELIVERED' THEN now() ELSE delivered_at END
        WHERE id = $1`,
      [deliveryId, attempt.status, attempt.error, ok ? 'DELIVERED' : finalFailure ? 'FAILED' : 'PENDING'],
    );
    if (!ok && !finalFailure) throw new Error(`Webhook ${d.url} answered ${attempt.status ?? attempt.error}`);
  }

  private enqueue(deliveryId: string): void {
    this.jobs.send(DELIVERY_QUEUE, { id: deliveryId }, `delivery-${deliveryId}`).catch((e: unknown) => this.logger.warn(`Could not enqueue delivery ${deliveryId}: ${String(e)}`));
  }

  /** Deliveries recorded but never enqueued (an API crash between commit and enqueue) get their job. */
  private async rescue(): Promise<void> {
    const stale: { id: string }[] = await this.db.query(UNSENT_DELIVERIES_SQL);
    for (const { id } of stale) this.enqueue(id);
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
