import { describe, expect, it } from 'vitest';
import { answersOf } from './fixtures';
import { majorityVote, voteShares } from './majority-vote';

describe('majorityVote', () => {
  const answers = answersOf([
    [0, 0, 1],
    [0, 1, 1],
    [0, 2, 0],
    [1, 0, 0],
    // item 2 has no answers
    [3, 0, 2], // tie between 2 (voted first) and 0
    [3, 1, 0],
  ]);

  it('picks the most voted label with its share of the votes as confidence', () => {
    const result = majorityVote(answers, 4, 3);
    expect(Array.from(result.labels)).toEqual([1, 0, -1, 2]);
    expect(Array.from(result.confidence)).toEqual([2 / 3, 1, 0, 0.5]);
    expect(Array.from(result.votes.subarray(0, 3))).toEqual([1, 2, 0]);
  });

  it('breaks a tie in favour of the label voted first on the item', () => {
    const reversed = answersOf([
      [0, 1, 0],
      [0, 0, 2],
    ]);
    expect(majorityVote(reversed).labels[0]).toBe(0);
    expect(majorityVote(answersOf([[0, 0, 2], [0, 1, 0]])).labels[0]).toBe(2);
  });

  it('counts a repeated (item, worker) pair as two votes', () => {
    const result = majorityVote(answersOf([[0, 0, 1], [0, 0, 1], [0, 1, 0]]));
    expect(result.labels[0]).toBe(1);
    expect(result.confidence[0]).toBeCloseTo(2 / 3, 12);
  });

  it('with a seed, picks among tied labels only, reproducibly, and not always the same one', () => {
    const triples: [number, number, number][] = [];
    for (let i = 0; i < 200; i++) triples.push([i, 0, 0], [i, 1, 1], [i, 2, 2], [i, 3, 2], [i, 4, 0]);
    const tied = answersOf(triples); // every item: labels 0 and 2 tied at 2 votes, label 1 has 1
    const a = majorityVote(tied, undefined, undefined, { tieBreak: { seed: 7 } });
    const b = majorityVote(tied, undefined, undefined, { tieBreak: { seed: 7 } });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    const zeros = a.labels.filter((l) => l === 0).length;
    expect(a.labels.every((l) => l === 0 || l === 2)).toBe(true);
    expect(zeros).toBeGreaterThan(60);
    expect(zeros).toBeLessThan(140);
  });

  it('rejects a label outside nLabels', () => {
    expect(() => majorityVote(answersOf([[0, 0, 3]]), 1, 3)).toThrow(RangeError);
  });
});

describe('voteShares', () => {
  it('gives each label its share of the item votes, 0 for unanswered items', () => {
    const shares = voteShares(answersOf([[0, 0, 1], [0, 1, 1], [0, 2, 0], [0, 3, 1]]), 2, 2);
    expect(Array.from(shares)).toEqual([0.25, 0.75, 0, 0]);
  });
});
