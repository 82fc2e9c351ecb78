import { describe, expect, it } from 'vitest';
import { levelOf, levelProgress, TOP_LEVEL, WORKER_LEVELS } from './levels';

describe('worker levels', () => {
  it('start at 1 and rise with reviewed answers and the share accepted', () => {
    expect(levelOf({ accepted: 0, rejected: 0 })).toBe(1);
    expect(levelOf({ accepted: 49, rejected: 0 })).toBe(1);
    expect(levelOf({ accepted: 45, rejected: 5 })).toBe(2); // 90 % of 50
    expect(levelOf({ accepted: 44, rejected: 6 })).toBe(1);
    expect(levelOf({ accepted: 475, rejected: 25 })).toBe(3);
    expect(levelOf({ accepted: 4850, rejected: 150 })).toBe(TOP_LEVEL);
  });

  it('fall when too many answers are rejected, to the highest level still met', () => {
    expect(levelOf({ accepted: 4700, rejected: 300 })).toBe(2); // 94 %: below 95 and 97, above 90
    expect(levelOf({ accepted: 4000, rejected: 1000 })).toBe(1);
  });

  it('compare in whole numbers at the boundary, as the API’s SQL does (accepted × 100 ≥ percent × reviewed)', () => {
    expect(levelOf({ accepted: 4851, rejected: 150 })).toBe(4);
    const atBoundary = { accepted: 291 * 20, rejected: 9 * 20 }; // exactly 97 % of 6,000
    expect(levelOf(atBoundary)).toBe(4);
    expect(levelOf({ accepted: atBoundary.accepted - 1, rejected: atBoundary.rejected + 1 })).toBe(3);
  });

  it('say what is left for the next level, and nothing at the top', () => {
    expect(levelProgress({ accepted: 30, rejected: 2 })).toEqual({
      level: 1,
      reviewed: 32,
      acceptedPercent: 93,
      next: { level: 2, minReviewed: 50, minAcceptedPercent: 90, reviewedLeft: 18, acceptedShareMet: true },
    });
    expect(levelProgress({ accepted: 0, rejected: 0 }).acceptedPercent).toBeNull();
    expect(levelProgress({ accepted: 650, rejected: 50 })).toMatchObject({ level: 2, next: { level: 3, reviewedLeft: 0, acceptedShareMet: false } });
    expect(levelProgress({ accepted: 9700, rejected: 300 }).next).toBeNull();
  });

  it('ask more at each level than at the one before', () => {
    for (let i = 1; i < WORKER_LEVELS.length; i++) {
      expect(WORKER_LEVELS[i].minReviewed).toBeGreaterThan(WORKER_LEVELS[i - 1].minReviewed);
      expect(WORKER_LEVELS[i].minAcceptedPercent).toBeGreaterThan(WORKER_LEVELS[i - 1].minAcceptedPercent);
    }
  });
});
