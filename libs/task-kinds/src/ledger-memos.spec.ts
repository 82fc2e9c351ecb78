import { describe, expect, it } from 'vitest';
import { isLedgerMemoKey, ledgerMemo, ledgerMemoParamNames } from './ledger-memos';

describe('ledger memos', () => {
  it('writes the English the history has always shown, with its key and params', () => {
    expect(ledgerMemo('memo.accepted', { count: 3, projects: ['Sentiment', 'Cats'] })).toEqual({
      text: 'Accepted 3 answers: Sentiment, Cats',
      key: 'memo.accepted',
      params: { count: 3, projects: ['Sentiment', 'Cats'] },
    });
    expect(ledgerMemo('memo.accepted', { count: 1, projects: ['Sentiment'] }).text).toBe('Accepted answer: Sentiment');
    expect(ledgerMemo('memo.bonus', { message: 'Great work' }).text).toBe('Bonus: Great work');
  });

  it('says one item in the singular, and amounts as money', () => {
    expect(ledgerMemo('memo.escrow', { count: 1 }).text).toBe('Escrow for a batch of 1 item');
    expect(ledgerMemo('memo.escrow', { count: 12 }).text).toBe('Escrow for a batch of 12 items');
    expect(ledgerMemo('memo.fairPay', { hourlyCents: 650, minimumCents: 1000, currency: 'EUR' }).text).toBe(
      'Bonus: Fair-pay top-up: measured pay €6.50/h is below the €10.00/h minimum',
    );
  });

  it('names the params every form of a sentence needs', () => {
    expect(ledgerMemoParamNames('memo.accepted').sort()).toEqual(['count', 'projects']);
    expect(ledgerMemoParamNames('memo.payoutRequested')).toEqual([]);
    expect(isLedgerMemoKey('memo.topUp')).toBe(true);
    expect(isLedgerMemoKey('memo.nope')).toBe(false);
  });
});
