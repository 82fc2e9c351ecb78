import { describe, expect, it } from 'vitest';
import { deliveryTone, parseWebhookForm } from './webhook-form';

describe('parseWebhookForm', () => {
  it('accepts an https URL with events, in a stable order', () => {
    expect(parseWebhookForm(' https://example.org/hook ', ['task.completed', 'batch.published'])).toEqual({
      ok: true,
      url: 'https://example.org/hook',
      events: ['batch.published', 'task.completed'],
    });
  });

  it('refuses other schemes, garbage and no events', () => {
    expect(parseWebhookForm('ftp://x', ['task.completed'])).toEqual({ ok: false, errors: { url: 'webhooks.urlInvalid' } });
    expect(parseWebhookForm('not a url', [])).toEqual({ ok: false, errors: { url: 'webhooks.urlInvalid', events: 'webhooks.eventsRequired' } });
    expect(parseWebhookForm('http://localhost:9000/h', ['unknown.event'])).toEqual({ ok: false, errors: { events: 'webhooks.eventsRequired' } });
  });
});

describe('deliveryTone', () => {
  it('maps statuses', () => {
    expect(deliveryTone('DELIVERED')).toBe('success');
    expect(deliveryTone('FAILED')).toBe('error');
    expect(deliveryTone('PENDING')).toBe('pending');
  });
});
