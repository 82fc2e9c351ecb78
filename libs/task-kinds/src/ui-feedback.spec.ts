import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uiFeedback, type UiFeedbackAnswer, type UiFeedbackConfig } from './ui-feedback';

const categories = [
  { value: 'layout', text: 'Layout' },
  { value: 'text', text: 'Text' },
];

function config(extra: Record<string, unknown> = {}): UiFeedbackConfig {
  const result = uiFeedback.parseConfig({ categories, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const input = { screenshotUrl: '/shots/1.png' };
const answer = { rating: 4, category: 'layout', comment: 'The button overlaps the footer.', clicks: [{ x: 0.5, y: 1 }] };

function paths(result: { ok: boolean; errors?: { path: string }[] }): string[] {
  return result.ok ? [] : (result.errors ?? []).map((e) => e.path);
}

describe('UI_FEEDBACK config and input', () => {
  it('fills defaults and checks ranges', () => {
    expect(config()).toMatchObject({ minCommentLength: 10, allowClicks: true, maxClicks: 5 });
    expect(config().categories[1].hotkey).toBe('2');
    expect(paths(uiFeedback.parseConfig({ categories: [], allowClicks: 'yes', maxClicks: -1, minCommentLength: 2.5 }))).toEqual([
      'categories',
      'minCommentLength',
      'allowClicks',
      'maxClicks',
    ]);
  });

  it('needs a screenshot; pageUrl must be absolute', () => {
    expect(uiFeedback.parseInput({ ...input, pageUrl: 'https://app.example.com/cart', context: ' Checkout ' }, config())).toEqual({
      ok: true,
      value: { ...input, pageUrl: 'https://app.example.com/cart', context: 'Checkout' },
    });
    expect(paths(uiFeedback.parseInput({ pageUrl: '/cart' }, config()))).toEqual(['screenshotUrl', 'pageUrl']);
  });
});

describe('UI_FEEDBACK answer', () => {
  it('accepts a full answer and defaults clicks to none', () => {
    expect(uiFeedback.parseAnswer(answer, config(), input)).toEqual({ ok: true, value: answer });
    const { clicks: _clicks, ...noClicks } = answer;
    expect(uiFeedback.parseAnswer(noClicks, config(), input)).toEqual({ ok: true, value: { ...answer, clicks: [] } });
  });

  it('reports every bad field with its path', () => {
    const bad = { rating: 6, category: 'colour', comment: ' short ', clicks: [{ x: 1.2, y: 0 }, { x: 0.1 }, 'here'] };
    expect(paths(uiFeedback.parseAnswer(bad, config(), input))).toEqual([
      'rating',
      'category',
      'comment',
      'clicks[0].x',
      'clicks[1].y',
      'clicks[2]',
    ]);
    expect(paths(uiFeedback.parseAnswer({ ...answer, rating: 3.5 }, config(), input))).toEqual(['rating']);
    expect(paths(uiFeedback.parseAnswer({ ...answer, comment: 'x'.repeat(2001) }, config(), input))).toEqual(['comment']);
  });

  it('enforces maxClicks, allowClicks and minCommentLength from the config', () => {
    const six = Array.from({ length: 6 }, () => ({ x: 0, y: 0 }));
    expect(paths(uiFeedback.parseAnswer({ ...answer, clicks: six }, config(), input))).toEqual(['clicks']);
    const noClicks = config({ allowClicks: false });
    expect(paths(uiFeedback.parseAnswer(answer, noClicks, input))).toEqual(['clicks']);
    expect(uiFeedback.parseAnswer({ ...answer, clicks: [] }, noClicks, input).ok).toBe(true);
    expect(uiFeedback.parseAnswer({ ...answer, comment: '' }, config({ minCommentLength: 0 }), input).ok).toBe(true);
  });

  it('scores half on rating closeness and half on category', () => {
    const b: UiFeedbackAnswer = { ...answer, rating: 2, category: 'text' };
    expect(uiFeedback.agreement(answer, b, config())).toBeCloseTo(0.25);
    expect(uiFeedback.goldScore(answer, { ...b, category: 'layout' }, config())).toBeCloseTo(0.75);
    expect(uiFeedback.voteKey(answer, config())).toBe('layout');
  });

  it('agreement is symmetric, within 0..1 and 1 for equal answers', () => {
    const c = config();
    const arb = fc.record({
      rating: fc.integer({ min: 1, max: 5 }),
      category: fc.constantFrom('layout', 'text'),
      comment: fc.string(),
      clicks: fc.array(fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) })),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const ab = uiFeedback.agreement(a, b, c);
        expect(ab).toBe(uiFeedback.agreement(b, a, c));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(uiFeedback.agreement(a, { ...a, comment: 'other', clicks: [] }, c)).toBe(1);
      }),
    );
  });
});
