import { describe, expect, it } from 'vitest';
import { groupFlags } from './flag-groups';

const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('groupFlags', () => {
  it('gives one group per kind with its count and newest few, the most recently flagged kind first', () => {
    const flags = [
      ...Array.from({ length: 18 }, (_, i) => ({ kind: 'FAST_ANSWER', createdAt: at(i + 1) })),
      { kind: 'LOW_AGREEMENT', createdAt: at(20) },
    ];
    const groups = groupFlags(flags);
    expect(groups.map((g) => [g.kind, g.count])).toEqual([
      ['LOW_AGREEMENT', 1],
      ['FAST_ANSWER', 18],
    ]);
    expect(groups[1].latest.map((f) => f.createdAt)).toEqual([at(18), at(17), at(16)]);
  });

  it('gives nothing for no flag', () => {
    expect(groupFlags([])).toEqual([]);
  });
});
