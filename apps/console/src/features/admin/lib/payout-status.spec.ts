import { describe, expect, it } from 'vitest';
import { payoutStatusKey } from './payout-status';

describe('payoutStatusKey', () => {
  it('names the statuses the app knows, and leaves others to the API’s words', () => {
    expect(payoutStatusKey('PENDING')).toBe('ledger.status.PENDING');
    expect(payoutStatusKey('FAILED')).toBe('ledger.status.FAILED');
    expect(payoutStatusKey('ON_HOLD')).toBeNull();
  });
});
