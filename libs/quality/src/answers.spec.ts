import { describe, expect, it } from 'vitest';
import { answerShape, answersPerItem, encodeAnswers } from './answers';

describe('encodeAnswers', () => {
  it('numbers items, workers and labels in order of first appearance and keeps repeated pairs', () => {
    const encoded = encodeAnswers([
      { item: 'q2', worker: 'bob', label: 'cat' },
      { item: 'q1', worker: 'ann', label: 'dog' },
      { item: 'q2', worker: 'ann', label: 'cat' },
      { item: 'q2', worker: 'bob', label: 'dog' },
    ]);
    expect(encoded.itemNames).toEqual(['q2', 'q1']);
    expect(encoded.workerNames).toEqual(['bob', 'ann']);
    expect(encoded.labelNames).toEqual(['cat', 'dog']);
    expect(Array.from(encoded.items)).toEqual([0, 1, 0, 0]);
    expect(Array.from(encoded.workers)).toEqual([0, 1, 1, 0]);
    expect(Array.from(encoded.labels)).toEqual([0, 1, 0, 1]);
  });

  it('encodes no rows as empty arrays', () => {
    const encoded = encodeAnswers([]);
    expect(encoded.items.length).toBe(0);
    expect(answerShape(encoded)).toEqual({ nItems: 0, nWorkers: 0, nLabels: 0 });
  });
});

describe('answerShape', () => {
  const answers = { items: Int32Array.of(0, 2), workers: Int32Array.of(1, 0), labels: Int32Array.of(3, 0) };

  it('defaults each count to the largest index + 1 and keeps given counts', () => {
    expect(answerShape(answers)).toEqual({ nItems: 3, nWorkers: 2, nLabels: 4 });
    expect(answerShape(answers, { nItems: 10 })).toEqual({ nItems: 10, nWorkers: 2, nLabels: 4 });
  });

  it('rejects an index outside a given count, naming the answer', () => {
    expect(() => answerShape(answers, { nLabels: 3 })).toThrow('answer 0 has label index 3, outside 0..2');
  });

  it('rejects negative indices and arrays of different lengths', () => {
    expect(() => answerShape({ ...answers, workers: Int32Array.of(0, -1) })).toThrow('answer 1 has worker index -1');
    expect(() => answerShape({ ...answers, labels: Int32Array.of(0) })).toThrow('same length');
  });

  it('counts answers per item', () => {
    expect(Array.from(answersPerItem(answers, 3))).toEqual([1, 0, 1]);
  });
});
