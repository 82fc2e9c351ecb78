import { describe, expect, it } from 'vitest';
import { checkPayoutAmount, isKnownLineKind, payoutAmountText } from './payout-form';

const limits = { availableCents: 600, minPayoutCents: 500 };

describe('checkPayoutAmount', () => {
  it('accepts an amount between the minimum and the available balance', () => {
    expect(checkPayoutAmount('6', limits)).toEqual({ ok: true, amountCents: 600 });
    expect(checkPayoutAmount('5,00', limits)).toEqual({ ok: true, amountCents: 500 });
  });

  it('says what is wrong', () => {
    expect(checkPayoutAmount('', limits)).toEqual({ ok: false, error: 'payout.amountInvalid' });
    expect(checkPayoutAmount('-3', limits)).toEqual({ ok: false, error: 'payout.amountInvalid' });
    expect(checkPayoutAmount('4.99', limits)).toEqual({ ok: false, error: 'payout.belowMin' });
    expect(checkPayoutAmount('6.01', limits)).toEqual({ ok: false, error: 'payout.aboveAvailable' });
  });
});

describe('isKnownLineKind', () => {
  it('knows the usual kinds only', () => {
    expect(isKnownLineKind('ACCEPT')).toBe(true);
    expect(isKnownLineKind('SOMETHING_NEW')).toBe(false);
  });
});

describe('payoutAmountText', () => {
  it('prefills the amount with the decimal mark of the worker’s language, as the field’s example does', () => {
    expect(payoutAmountText(829, 'en')).toBe('8.29');
    expect(payoutAmountText(829, 'fr')).toBe('8,29');
    expect(checkPayoutAmount(payoutAmountText(829, 'fr'), { availableCents: 829, minPayoutCents: 500 })).toEqual({ ok: true, amountCents: 829 });
  });
});
