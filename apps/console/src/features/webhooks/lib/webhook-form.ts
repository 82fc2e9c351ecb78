/** The events a webhook can receive (the API's WEBHOOK_EVENT_TYPES; the schema has no list of them). */
export const WEBHOOK_EVENTS = [
  'batch.published',
  'batch.completed',
  'task.completed',
  'assignment.submitted',
  'assignment.accepted',
  'assignment.rejected',
] as const;

export type WebhookFormResult =
  | { ok: true; url: string; events: string[] }
  | { ok: false; errors: { url?: 'webhooks.urlInvalid'; events?: 'webhooks.eventsRequired' } };

/** A webhook needs an http(s) URL and at least one event. */
export function parseWebhookForm(urlText: string, events: readonly string[]): WebhookFormResult {
  const url = urlText.trim();
  const errors: { url?: 'webhooks.urlInvalid'; events?: 'webhooks.eventsRequired' } = {};
  let valid = false;
  try {
    const parsed = new URL(url);
    valid = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    valid = false;
  }
  if (!valid) errors.url = 'webhooks.urlInvalid';
  const chosen = WEBHOOK_EVENTS.filter((e) => events.includes(e));
  if (chosen.length === 0) errors.events = 'webhooks.eventsRequired';
  if (errors.url || errors.events) return { ok: false, errors };
  return { ok: true, url, events: [...chosen] };
}

export type DeliveryTone = 'success' | 'error' | 'pending';

/** How a delivery's status reads at a glance. */
export function deliveryTone(status: string): DeliveryTone {
  if (status === 'DELIVERED') return 'success';
  if (status === 'FAILED') return 'error';
  return 'pending';
}

/**
 * The last attempt's outcome, once: the HTTP status the receiver answered, and the error only when it
 * says more than that status (the API writes "HTTP 500" as the error of a 500).
 */
export function deliveryOutcome(statusCode: number | null, error: string | null): { status: string | null; error: string | null } {
  const status = statusCode === null ? null : `HTTP ${statusCode}`;
  return { status, error: error && error !== status ? error : null };
}
