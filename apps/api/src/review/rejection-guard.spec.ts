import { describe, expect, it } from 'vitest';
import { heldWhyText, massRejectionWhy, type RejectionCounts } from './rejection-guard';

const massRejectionReason = (counts: RejectionCounts) => {
  const why = massRejectionWhy(counts);
  return why && heldWhyText(why);
};

const batch = (answers: number, rejected: number, rejecting: number) => ({ answers, rejected, rejecting });

describe('massRejectionWhy, in English', () => {
  it('lets a few rejections through', () => {
    expect(massRejectionReason({ workers: [{ workerId: 'w', answers: 10, rejected: 0, rejecting: 2 }], batch: batch(100, 0, 2) })).toBeNull();
  });

  it('stops a rejection of more than 20 % of one worker’s answers', () => {
    const reason = massRejectionReason({ workers: [{ workerId: 'w', answers: 10, rejected: 1, rejecting: 2 }], batch: batch(100, 1, 2) });
    expect(reason).toBe("3 of one worker's 10 answers in this batch would be rejected (over 20%)");
  });

  it('stops a rejection of more than 20 % of the batch', () => {
    const workers = Array.from({ length: 30 }, (_, i) => ({ workerId: `w${i}`, answers: 10, rejected: 0, rejecting: i < 7 ? 1 : 0 }));
    expect(massRejectionReason({ workers, batch: batch(30, 0, 7) })).toBe("7 of the batch's 30 answers would be rejected (over 20%)");
  });

  it('does not count other workers’ past rejections against this one', () => {
    const workers = [
      { workerId: 'a', answers: 10, rejected: 5, rejecting: 0 },
      { workerId: 'b', answers: 10, rejected: 0, rejecting: 1 },
    ];
    expect(massRejectionReason({ workers, batch: batch(100, 5, 1) })).toBeNull();
  });

  it('keeps the values its English names', () => {
    const workers = [{ workerId: 'w', answers: 42, rejected: 0, rejecting: 14 }];
    expect(massRejectionWhy({ workers, batch: batch(42, 0, 14) })).toEqual({ key: 'massRejection.batch', params: { rejected: 14, answers: 42, share: 0.2 } });
    expect(massRejectionWhy({ workers: [{ workerId: 'w', answers: 10, rejected: 1, rejecting: 2 }], batch: batch(100, 1, 2) })).toEqual({
      key: 'massRejection.worker',
      params: { rejected: 3, answers: 10, share: 0.2 },
    });
  });
});
