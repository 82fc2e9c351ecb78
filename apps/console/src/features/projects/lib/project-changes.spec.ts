import { describe, expect, it } from 'vitest';
import { clipLines, DIFF_LINE_CHARS, goldShareText, lineDiff } from './project-changes';

describe('lineDiff', () => {
  it('keeps only the lines that changed, however long the instructions around them', () => {
    const before = ['# Sentiment', 'Pick positive or negative.', 'Ignore the delivery.', 'Thanks!'].join('\n');
    const after = ['# Sentiment', 'Pick positive, neutral or negative.', 'Ignore the delivery.', 'Thanks!'].join('\n');
    expect(lineDiff(before, after)).toEqual({ removed: ['Pick positive or negative.'], added: ['Pick positive, neutral or negative.'] });
  });

  it('shows added lines alone when text is appended, and nothing removed from empty instructions', () => {
    expect(lineDiff('Pick one.', 'Pick one.\nJudge the product.')).toEqual({ removed: [], added: ['Judge the product.'] });
    expect(lineDiff('', 'Pick one.')).toEqual({ removed: [], added: ['Pick one.'] });
    expect(lineDiff('Pick one.', '')).toEqual({ removed: ['Pick one.'], added: [] });
  });

  it('does not count a repeated line twice when it is both the first and the last shared', () => {
    expect(lineDiff('a\na', 'a\nb\na')).toEqual({ removed: [], added: ['b'] });
  });
});

describe('clipLines', () => {
  it('shows the first few lines, each cut to a readable length, and counts the rest', () => {
    const { shown, more } = clipLines(['1', '2', '3', '4', '5', '6', 'x'.repeat(500)]);
    expect(shown).toEqual(['1', '2', '3', '4']);
    expect(more).toBe(3);
    const [long] = clipLines(['x'.repeat(500)]).shown;
    expect(long).toHaveLength(DIFF_LINE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('goldShareText', () => {
  it('writes the ratio as a percentage in the reader’s language', () => {
    expect(goldShareText('0.125', 'en')).toBe('12.5%');
    expect(goldShareText('0.1', 'fr')).toBe('10\u00a0%');
    expect(goldShareText('0', 'en')).toBe('0%');
  });
});
