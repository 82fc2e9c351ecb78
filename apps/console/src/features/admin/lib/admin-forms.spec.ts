import { describe, expect, it } from 'vitest';
import { checkAdminReason, cleanId, newIdempotencyKey, parseAdjustment, parseBan, splitSkill } from './admin-forms';

describe('parseAdjustment', () => {
  it('reads a valid credit', () => {
    expect(parseAdjustment(' 6f1c-aa ', '12,50', ' Goodwill ')).toEqual({ ok: true, userId: '6f1c-aa', amountCents: 1250, reason: 'Goodwill' });
  });

  it('names every bad field', () => {
    expect(parseAdjustment('', '0', ' ')).toEqual({ ok: false, errors: { userId: 'admin.required', amount: 'admin.amountInvalid', reason: 'admin.required' } });
    expect(parseAdjustment('a b', '1', 'r')).toEqual({ ok: false, errors: { userId: 'admin.idInvalid' } });
  });
});

describe('parseBan', () => {
  it('bans everywhere without a project', () => {
    expect(parseBan('w1', '  ', 'Spam')).toEqual({ ok: true, workerId: 'w1', projectId: null, reason: 'Spam' });
    expect(parseBan('w1', 'p1', 'Spam')).toEqual({ ok: true, workerId: 'w1', projectId: 'p1', reason: 'Spam' });
  });

  it('requires a worker and a reason', () => {
    expect(parseBan('', 'p 1', '')).toEqual({ ok: false, errors: { workerId: 'admin.required', projectId: 'admin.idInvalid', reason: 'admin.required' } });
  });

  it('wants a reason of 3 to 1,000 characters, as the API does', () => {
    expect(parseBan('w1', '', ' ok ')).toEqual({ ok: false, errors: { reason: 'admin.reasonLength' } });
  });
});

describe('checkAdminReason', () => {
  it('requires a reason of 3 to 1,000 characters once trimmed, as the API does', () => {
    expect(checkAdminReason('   ')).toBe('admin.required');
    expect(checkAdminReason(' ok ')).toBe('admin.reasonLength');
    expect(checkAdminReason(' Fraud ')).toBeNull();
    expect(checkAdminReason('x'.repeat(1000))).toBeNull();
    expect(checkAdminReason('x'.repeat(1001))).toBe('admin.reasonLength');
  });
});

describe('helpers', () => {
  it('cleans ids, splits skills and makes distinct keys', () => {
    expect(cleanId(' x-1 ')).toBe('x-1');
    expect(cleanId('x 1')).toBeNull();
    expect(splitSkill('project:abc')).toEqual({ scope: 'project', target: 'abc' });
    expect(splitSkill('plain')).toEqual({ scope: '', target: 'plain' });
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
