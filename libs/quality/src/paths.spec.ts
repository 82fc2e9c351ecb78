import { describe, expect, it } from 'vitest';
import { aggregatePaths } from './paths';

describe('aggregatePaths', () => {
  it('is null without answers', () => {
    expect(aggregatePaths([])).toBeNull();
  });

  it('goes down while a strict majority follows', () => {
    // animal 3/3, dog 2/3 (> half), then poodle 1/3: stop at animal > dog.
    expect(aggregatePaths([['animal', 'dog', 'poodle'], ['animal', 'dog', 'beagle'], ['animal', 'cat']])).toEqual({
      path: ['animal', 'dog'],
      confidence: 2 / 3,
    });
  });

  it('stops at exactly half: 2 of 4 is not a majority', () => {
    expect(aggregatePaths([['a', 'b'], ['a', 'b'], ['a', 'c'], ['d']])).toEqual({ path: ['a'], confidence: 0.75 });
  });

  it('lets a shorter answer support its own prefix only', () => {
    expect(aggregatePaths([['a'], ['a', 'b'], ['a', 'b']])).toEqual({ path: ['a', 'b'], confidence: 2 / 3 });
    expect(aggregatePaths([['a'], ['a'], ['a', 'b']])).toEqual({ path: ['a'], confidence: 1 });
  });

  it('returns the empty path with confidence 0 when the first level has no majority', () => {
    expect(aggregatePaths([['a'], ['b']])).toEqual({ path: [], confidence: 0 });
    expect(aggregatePaths([[], []])).toEqual({ path: [], confidence: 0 });
  });

  it('returns the full path with confidence 1 for unanimous answers', () => {
    expect(aggregatePaths([['x', 'y', 'z'], ['x', 'y', 'z']])).toEqual({ path: ['x', 'y', 'z'], confidence: 1 });
  });
});
