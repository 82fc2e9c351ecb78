import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'e1', type: 'task.completed' });

  it('verifies a fresh signature of the same body and secret', () => {
    expect(verifyWebhook('s3cret', body, signWebhook('s3cret', body))).toBe(true);
  });

  it('rejects another secret, a changed body, and an old timestamp', () => {
    const header = signWebhook('s3cret', body);
    expect(verifyWebhook('other', body, header)).toBe(false);
    expect(verifyWebhook('s3cret', `${body} `, header)).toBe(false);
    const old = signWebhook('s3cret', body, Math.floor(Date.now() / 1000) - 3600);
    expect(verifyWebhook('s3cret', body, old)).toBe(false);
  });
});
