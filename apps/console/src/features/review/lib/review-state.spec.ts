import { describe, expect, it } from 'vitest';
import { checkReason, decisionOf, initialReviewState, parseBonus, reviewReducer, undecided } from './review-state';

describe('reviewReducer', () => {
  it('ticks, unticks and selects many at once', () => {
    let s = reviewReducer(initialReviewState, { type: 'toggle', id: '1' });
    s = reviewReducer(s, { type: 'select', ids: ['2', '3'], on: true });
    expect([...s.selected].sort()).toEqual(['1', '2', '3']);
    s = reviewReducer(s, { type: 'toggle', id: '2' });
    s = reviewReducer(s, { type: 'select', ids: ['3'], on: false });
    expect([...s.selected]).toEqual(['1']);
    expect(reviewReducer(s, { type: 'clear' }).selected.size).toBe(0);
  });

  it('records decisions, drops them from the selection and refuses to select them again', () => {
    let s = reviewReducer(initialReviewState, { type: 'select', ids: ['1', '2'], on: true });
    s = reviewReducer(s, { type: 'decided', results: [{ id: '1', status: 'ACCEPTED' }] });
    expect(s.decided).toEqual({ '1': 'ACCEPTED' });
    expect([...s.selected]).toEqual(['2']);
    s = reviewReducer(s, { type: 'toggle', id: '1' });
    s = reviewReducer(s, { type: 'select', ids: ['1'], on: true });
    expect(s.selected.has('1')).toBe(false);
    const sent = (id: string) => ({ assignmentId: id, status: 'SUBMITTED' });
    expect(undecided(s, [sent('1'), sent('2'), sent('3')])).toEqual(['2', '3']);
  });

  it('shows answers decided before the page was loaded as decided, not open', () => {
    const answers = [
      { assignmentId: '1', status: 'ACCEPTED' },
      { assignmentId: '2', status: 'REJECTED' },
      { assignmentId: '3', status: 'SUBMITTED' },
    ];
    expect(answers.map((a) => decisionOf(initialReviewState, a))).toEqual(['ACCEPTED', 'REJECTED', undefined]);
    expect(undecided(initialReviewState, answers)).toEqual(['3']);
  });
});

describe('checkReason', () => {
  it('requires a meaningful reason', () => {
    expect(checkReason('   ')).toBe('review.reasonRequired');
    expect(checkReason(' ab ')).toBe('review.reasonTooShort');
    expect(checkReason('x'.repeat(501))).toBe('review.reasonTooLong');
    expect(checkReason('Wrong label on most items')).toBeNull();
  });
});

describe('parseBonus', () => {
  it('reads an amount and a message', () => {
    expect(parseBonus('0,50', ' Thanks! ')).toEqual({ ok: true, amountCents: 50, message: 'Thanks!' });
  });

  it('names each bad field', () => {
    expect(parseBonus('0', '')).toEqual({ ok: false, errors: { amount: 'review.bonusAmountInvalid', message: 'review.bonusMessageRequired' } });
    expect(parseBonus('abc', 'ok')).toEqual({ ok: false, errors: { amount: 'review.bonusAmountInvalid' } });
  });
});
