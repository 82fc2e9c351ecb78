import { describe, expect, it } from 'vitest';
import { aggregateTranscripts, editDistance, normalisedEditDistance } from './transcripts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance(Array.from('kitten'), Array.from('sitting'))).toBe(3);
    expect(editDistance([], Array.from('abc'))).toBe(3);
    expect(editDistance(Array.from('abc'), Array.from('abc'))).toBe(0);
  });
});

describe('normalisedEditDistance', () => {
  it('divides by the longer length, by code point', () => {
    expect(normalisedEditDistance('kitten', 'sitting')).toBeCloseTo(3 / 7, 12);
    expect(normalisedEditDistance('héllo', 'hello')).toBeCloseTo(1 / 5, 12);
    expect(normalisedEditDistance('😀a', 'a')).toBeCloseTo(1 / 2, 12);
    expect(normalisedEditDistance('', '')).toBe(0);
    expect(normalisedEditDistance('ab', 'cd')).toBe(1);
  });
});

describe('aggregateTranscripts', () => {
  it('is null without transcripts and certain with one', () => {
    expect(aggregateTranscripts([])).toBeNull();
    expect(aggregateTranscripts(['hello'])).toEqual({ text: 'hello', index: 0, confidence: 1 });
  });

  it('picks the medoid: confidence is 1 - its mean distance to the others', () => {
    // d(0,1) = 0, d(0,2) = d(1,2) = 1/7: totals 1/7, 1/7, 2/7 → index 0 (earliest of the tie), 1 - (1/7)/2.
    expect(aggregateTranscripts(['the cat', 'the cat', 'the bat'])).toEqual({
      text: 'the cat',
      index: 0,
      confidence: expect.closeTo(13 / 14, 12),
    });
  });

  it('compares whitespace-collapsed text but returns the transcript as given', () => {
    const result = aggregateTranscripts(['hello world', '  hello   world ', 'yellow word']);
    expect(result?.index).toBe(0);
    const spaced = aggregateTranscripts(['  hello   world ', 'hello world', 'yellow word']);
    expect(spaced?.text).toBe('  hello   world ');
    expect(spaced?.confidence).toBeCloseTo(result?.confidence ?? -1, 12);
  });

  it('has confidence 0 when nothing is shared', () => {
    expect(aggregateTranscripts(['ab', 'cd'])?.confidence).toBe(0);
  });
});
