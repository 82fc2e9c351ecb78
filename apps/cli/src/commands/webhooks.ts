import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { table, utcMinute } from '../table';

// The secret is never asked for here: it is shown once, by `fourmi add-webhook`.
const WEBHOOKS = `query($id: ID!) { webhooks(projectId: $id) { id url events createdAt } }`;
const DELIVERIES = `query($id: ID!, $limit: Int!) { webhookDeliveries(projectId: $id, limit: $limit) { webhookId eventType status attempts lastStatusCode lastError createdAt } }`;
const DELETE = `mutation($id: ID!) { deleteWebhook(id: $id) }`;

/** The deliveries read to sum up each webhook's recent outcomes (the API's default page). */
const RECENT = 100;

export interface WebhookRow {
  id: string;
  url: string;
  events: string[];
}

export interface DeliveryRow {
  webhookId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
}

export const webhooks: Command = {
  name: 'webhooks',
  summary: 'list a project’s webhooks with their recent deliveries',
  help: `usage: fourmi webhooks PROJECT_ID [--api URL]

Lists the project's webhooks: id, URL, the events each receives, how its latest ${RECENT} deliveries
(of all the project's webhooks) went (delivered, failed, pending) and the last one, with its HTTP
status or error. Add one with \`fourmi add-webhook\`, remove one with \`fourmi remove-webhook\`.

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['PROJECT_ID']);
    const api = await signedInApi(ctx, values.api);
    const { webhooks: hooks } = await api.gql<{ webhooks: WebhookRow[] }>(WEBHOOKS, { id: positionals[0] });
    if (hooks.length === 0) {
      ctx.stderr.write(`No webhooks yet: add one with \`fourmi add-webhook ${positionals[0]} URL --events EVENTS\`.\n`);
      return;
    }
    const { webhookDeliveries } = await api.gql<{ webhookDeliveries: DeliveryRow[] }>(DELIVERIES, { id: positionals[0], limit: RECENT });
    ctx.stdout.write(webhookTable(hooks, webhookDeliveries));
  },
};

export const removeWebhook: Command = {
  name: 'remove-webhook',
  summary: 'stop a webhook',
  help: `usage: fourmi remove-webhook WEBHOOK_ID [--api URL]

Stops the webhook (ids from \`fourmi webhooks PROJECT_ID\`): it is sent nothing more.

${apiHelp(13)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, API_OPTION, ['WEBHOOK_ID']);
    const api = await signedInApi(ctx, values.api);
    await api.gql<{ deleteWebhook: boolean }>(DELETE, { id: positionals[0] });
    ctx.stderr.write(`Removed webhook ${positionals[0]}: it is sent nothing more\n`);
  },
};

/** One webhook per line: `ID URL EVENTS RECENT LAST`, deliveries newest first as the API lists them. */
export function webhookTable(hooks: readonly WebhookRow[], deliveries: readonly DeliveryRow[]): string {
  return table(
    ['ID', 'URL', 'EVENTS', 'RECENT', 'LAST'],
    hooks.map((hook) => {
      const own = deliveries.filter((d) => d.webhookId === hook.id);
      return [hook.id, hook.url, hook.events.join(','), recent(own), own[0] ? lastDelivery(own[0]) : 'none yet'];
    }),
  );
}

function recent(deliveries: readonly DeliveryRow[]): string {
  if (deliveries.length === 0) return '-';
  const count = (status: string) => deliveries.filter((d) => d.status === status).length;
  return `${count('DELIVERED')} delivered, ${count('FAILED')} failed, ${count('PENDING')} pending`;
}

function lastDelivery(d: DeliveryRow): string {
  const outcome = [d.lastStatusCode === null ? '' : `HTTP ${d.lastStatusCode}`, d.lastError ?? ''].filter(Boolean).join(' ');
  const tries = d.attempts === 1 ? '1 attempt' : `${d.attempts} attempts`;
  return `${d.status} ${d.eventType} ${utcMinute(d.createdAt)} (${tries}${outcome ? `; ${outcome}` : ''})`;
}
