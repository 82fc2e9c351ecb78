import { parseCommand, required } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { UsageError } from '../errors';

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { id url events secret } }`;

/** The events a webhook can receive (the API's WEBHOOK_EVENT_TYPES; the schema has no list of them). */
export const WEBHOOK_EVENTS = ['batch.published', 'batch.completed', 'task.completed', 'assignment.submitted', 'assignment.accepted', 'assignment.rejected'] as const;

export const addWebhook: Command = {
  name: 'add-webhook',
  summary: 'send a project’s events to a URL (prints the signing secret, once)',
  help: `usage: fourmi add-webhook PROJECT_ID URL --events EVENTS [--api URL]

Sends a signed POST to URL (http or https) for each of the chosen events of the project, and prints
the webhook's signing secret on standard output. It is shown this once: keep it, to check the
Fourmi-Signature header (t=…,v1=HMAC-SHA256 of "t.body" with the secret) of each delivery.

  --events EVENTS   comma-separated, or all: ${WEBHOOK_EVENTS.join(', ')}
${apiHelp(20)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, events: { type: 'string' } }, ['PROJECT_ID', 'URL']);
    const [projectId, url] = positionals;
    const events = parseEvents(required(values.events, 'events', `comma-separated, or all: ${WEBHOOK_EVENTS.join(', ')}`));
    const api = await signedInApi(ctx, values.api);
    const { createWebhook } = await api.gql<{ createWebhook: { id: string; url: string; events: string[]; secret: string } }>(CREATE, { input: { projectId, url, events } });
    ctx.stdout.write(`${createWebhook.secret}\n`);
    ctx.stderr.write(`Webhook ${createWebhook.id} sends ${createWebhook.events.join(', ')} to ${createWebhook.url}; its signing secret (above) is not shown again\n`);
  },
};

/** `"batch.completed, task.completed"` or `all`; an unknown event is named with the known ones. */
export function parseEvents(text: string): string[] {
  if (text.trim().toLowerCase() === 'all') return [...WEBHOOK_EVENTS];
  const events = [...new Set(text.split(',').map((e) => e.trim()).filter(Boolean))];
  if (events.length === 0) throw new UsageError('--events needs at least one event');
  const unknown = events.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
  if (unknown.length) throw new UsageError(`--events: unknown ${unknown.map((e) => `"${e}"`).join(', ')} (known: ${WEBHOOK_EVENTS.join(', ')}, or all)`);
  return events;
}
