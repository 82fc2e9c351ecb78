import { describe, expect, it } from 'vitest';
import { pageSlices } from './result-pages';

const batches = [
  { id: 'a', itemCount: 3 },
  { id: 'b', itemCount: 0 },
  { id: 'c', itemCount: 5 },
  { id: 'd', itemCount: 2 },
];

describe('pageSlices', () => {
  it('takes a page from the first batch', () => {
    expect(pageSlices(batches, 0, 2)).toEqual([{ batchId: 'a', skip: 0, take: 2 }]);
  });

  it('runs a page across batches, past an empty one', () => {
    expect(pageSlices(batches, 2, 5)).toEqual([
      { batchId: 'a', skip: 2, take: 1 },
      { batchId: 'c', skip: 0, take: 4 },
    ]);
    expect(pageSlices(batches, 6, 10)).toEqual([
      { batchId: 'c', skip: 3, take: 2 },
      { batchId: 'd', skip: 0, take: 2 },
    ]);
  });

  it('skips whole batches before the page, and gives nothing past the end', () => {
    expect(pageSlices(batches, 8, 1)).toEqual([{ batchId: 'd', skip: 0, take: 1 }]);
    expect(pageSlices(batches, 10, 5)).toEqual([]);
    expect(pageSlices([], 0, 5)).toEqual([]);
  });
});
