import { describe, expect, it } from 'vitest';
import { confidenceBars, formatAlpha, openContests, parseSettle, readAlpha } from './quality-view';

describe('confidenceBars', () => {
  it('sorts buckets, gives each its upper bound and share', () => {
    expect(
      confidenceBars([
        { from: 0.9, items: 6 },
        { from: 0, items: 1 },
        { from: 0.5, items: 3 },
      ]),
    ).toEqual([
      { from: 0, to: 0.5, items: 1, share: 0.1 },
      { from: 0.5, to: 0.9, items: 3, share: 0.3 },
      { from: 0.9, to: 1, items: 6, share: 0.6 },
    ]);
  });

  it('has no share when no item is completed', () => {
    expect(confidenceBars([{ from: 0, items: 0 }])).toEqual([{ from: 0, to: 1, items: 0, share: 0 }]);
    expect(confidenceBars([])).toEqual([]);
  });
});

describe('readAlpha', () => {
  it('reads alpha the usual way', () => {
    expect(readAlpha(null)).toBe('none');
    expect(readAlpha(Number.NaN)).toBe('none');
    expect(readAlpha(0.85)).toBe('good');
    expect(readAlpha(0.7)).toBe('tentative');
    expect(readAlpha(0.2)).toBe('poor');
  });
});

describe('parseSettle', () => {
  it('keeps with a note, and no answer', () => {
    expect(parseSettle(false, 'ignored', '  checked  ')).toEqual({ ok: true, correctedAnswer: null, note: 'checked' });
  });

  it('corrects with a JSON answer', () => {
    expect(parseSettle(true, '{"label":"pos"}', 'typo')).toEqual({ ok: true, correctedAnswer: { label: 'pos' }, note: 'typo' });
  });

  it('requires a note, and a valid answer to correct', () => {
    expect(parseSettle(false, '', ' ')).toEqual({ ok: false, errors: { note: 'contests.noteRequired' } });
    expect(parseSettle(true, '', 'n')).toEqual({ ok: false, errors: { answer: 'contests.answerRequired' } });
    expect(parseSettle(true, '{label:', 'n')).toEqual({ ok: false, errors: { answer: 'contests.answerInvalid' } });
    expect(parseSettle(true, 'null', 'n')).toEqual({ ok: false, errors: { answer: 'contests.answerInvalid' } });
  });
});

describe('formatAlpha', () => {
  it('writes alpha in the requester’s language', () => {
    expect(formatAlpha(0.0123, 'en')).toBe('0.01');
    expect(formatAlpha(0.0123, 'fr')).toBe('0,01');
    expect(formatAlpha(-0.25, 'fr')).toBe('-0,25');
  });
});

describe('openContests', () => {
  const contest = (id: string, projectId: string, status: string, createdAt: string) => ({ id, projectId, status, createdAt });
  const all = [
    contest('late', 'p1', 'OPEN', '2026-12-03T10:00:00.000Z'),
    contest('settled', 'p1', 'KEPT', '2026-12-01T10:00:00.000Z'),
    contest('other', 'p2', 'OPEN', '2026-12-02T10:00:00.000Z'),
    contest('early', 'p1', 'OPEN', '2026-12-01T09:00:00.000Z'),
  ];

  it('keeps a project’s open contests, oldest first', () => {
    expect(openContests(all, 'p1').map((c) => c.id)).toEqual(['early', 'late']);
  });

  it('keeps every project’s open contests for the admin area, oldest first', () => {
    expect(openContests(all).map((c) => c.id)).toEqual(['early', 'other', 'late']);
  });
});
