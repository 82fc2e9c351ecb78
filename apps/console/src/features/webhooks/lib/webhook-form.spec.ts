import { describe, expect, it } from 'vitest';
import { deliveryOutcome, deliveryTone, parseWebhookForm } from './webhook-form';

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

describe('deliveryOutcome', () => {
  it('says a receiver’s status once, and an error only when it says more', () => {
    expect(deliveryOutcome(500, 'HTTP 500')).toEqual({ status: 'HTTP 500', error: null });
    expect(deliveryOutcome(200, null)).toEqual({ status: 'HTTP 200', error: null });
    expect(deliveryOutcome(null, 'connect ECONNREFUSED 127.0.0.1:9')).toEqual({ status: null, error: 'connect ECONNREFUSED 127.0.0.1:9' });
    expect(deliveryOutcome(null, null)).toEqual({ status: null, error: null });
  });
});
