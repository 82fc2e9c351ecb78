import { describe, expect, it } from 'vitest';
import { encodeAnswers } from './answers';
import { accuracyAgainstTruth, toAggregateRows } from './evaluate';
import { majorityVote } from './majority-vote';

describe('toAggregateRows and accuracyAgainstTruth', () => {
  const encoded = encodeAnswers([
    { item: 'q1', worker: 'a', label: 'cat' },
    { item: 'q1', worker: 'b', label: 'cat' },
    { item: 'q2', worker: 'a', label: 'dog' },
  ]);
  const result = majorityVote(encoded);

  it('names items and labels', () => {
    expect(toAggregateRows(encoded, result)).toEqual([
      { item: 'q1', label: 'cat', confidence: 1 },
      { item: 'q2', label: 'dog', confidence: 1 },
    ]);
  });

  it('scores against the truth, counting items without answers as wrong', () => {
    const truth = [
      { item: 'q1', label: 'cat' },
      { item: 'q2', label: 'cat' },
      { item: 'q3', label: 'dog' },
      { item: 'q1', label: 'cat' },
    ];
    expect(accuracyAgainstTruth(encoded, result, truth)).toEqual({ correct: 2, total: 4, accuracy: 0.5 });
  });
});
