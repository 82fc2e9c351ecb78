import { describe, expect, it } from 'vitest';
import { checkAppealMessage, readEvidence } from './evidence';

describe('readEvidence', () => {
  it('reads failed gold items and timings', () => {
    expect(
      readEvidence({ failedGold: [{ item: 'Nice', expected: 'positive', given: { label: 'negative' } }], durationSeconds: 1.5, projectMedianSeconds: 'x' }),
    ).toEqual({ failedGold: [{ item: 'Nice', expected: 'positive', given: '{"label":"negative"}' }], durationSeconds: 1.5, projectMedianSeconds: null });
  });

  it('survives anything', () => {
    expect(readEvidence(null)).toEqual({ failedGold: [], durationSeconds: null, projectMedianSeconds: null });
    expect(readEvidence({ failedGold: [null] }).failedGold).toEqual([{ item: '', expected: '', given: '' }]);
  });
});

describe('checkAppealMessage', () => {
  it('requires a message of reasonable length', () => {
    expect(checkAppealMessage('  ')).toBe('appeal.messageRequired');
    expect(checkAppealMessage('x'.repeat(1001))).toBe('appeal.messageTooLong');
    expect(checkAppealMessage('The gold answer is wrong')).toBeNull();
  });
});
