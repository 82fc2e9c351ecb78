import { describe, expect, it } from 'vitest';
import { goldCell, type WorkerToReview } from './to-review';

const worker = (over: Partial<WorkerToReview> = {}): WorkerToReview => ({
  workerId: 'w1',
  displayName: 'Ana',
  email: 'ana@example.org',
  recentFlags: 0,
  lastFlagAt: null,
  goldAccuracy: 0.2,
  goldAnswers: 10,
  banned: false,
  ...over,
});

describe('goldCell', () => {
  const of = ({ share, count }: { share: string; count: number }) => `${share} / ${count}`;
  it('writes the share the locale’s way, with the gold answers behind it', () => {
    expect(goldCell(worker(), 'fr', of)).toMatch(/^20\s%\s\/ 10$/);
    expect(goldCell(worker(), 'en', of)).toBe('20% / 10');
  });
  it('shows a dash before any gold', () => {
    expect(goldCell(worker({ goldAccuracy: null, goldAnswers: 0 }), 'en', of)).toBe('—');
  });
});
