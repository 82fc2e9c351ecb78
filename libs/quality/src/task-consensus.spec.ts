import { describe, expect, it } from 'vitest';
import { taskConsensus } from './task-consensus';

describe('taskConsensus', () => {
  it('is null without votes', () => {
    expect(taskConsensus([])).toBeNull();
  });

  it('takes the majority, with its share of the votes as confidence', () => {
    expect(taskConsensus([{ key: 'cat' }, { key: 'dog' }, { key: 'cat' }])).toEqual({
      key: 'cat',
      confidence: 2 / 3,
      counts: { cat: 2, dog: 1 },
    });
  });

  it('weighs votes: one vote of weight 3 beats two of weight 1', () => {
    const result = taskConsensus([{ key: 'cat', weight: 1 }, { key: 'dog', weight: 3 }, { key: 'cat', weight: 1 }]);
    expect(result?.key).toBe('dog');
    expect(result?.confidence).toBeCloseTo(0.6, 12);
    expect(result?.counts).toEqual({ cat: 2, dog: 1 });
  });

  it('gives a tie to the key voted first', () => {
    expect(taskConsensus([{ key: 'b' }, { key: 'a' }])?.key).toBe('b');
    expect(taskConsensus([{ key: 'a' }, { key: 'b' }, { key: 'b' }, { key: 'a' }])).toMatchObject({ key: 'a', confidence: 0.5 });
  });

  it('has confidence 0 when every weight is 0', () => {
    expect(taskConsensus([{ key: 'x', weight: 0 }, { key: 'y', weight: 0 }])).toMatchObject({ key: 'x', confidence: 0 });
  });

  it('counts keys that look like object properties as plain keys', () => {
    const result = taskConsensus([{ key: '__proto__' }, { key: '__proto__' }, { key: 'constructor' }]);
    expect(result?.key).toBe('__proto__');
    expect(Object.entries(result?.counts ?? {})).toEqual([['__proto__', 2], ['constructor', 1]]);
  });

  it('rejects negative and non-finite weights, naming the vote', () => {
    expect(() => taskConsensus([{ key: 'a' }, { key: 'b', weight: -1 }])).toThrow('vote 1 has weight -1');
    expect(() => taskConsensus([{ key: 'a', weight: Number.POSITIVE_INFINITY }])).toThrow(RangeError);
  });
});
