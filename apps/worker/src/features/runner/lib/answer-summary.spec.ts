import { describe, expect, it } from 'vitest';
import { describeAnswer } from './answer-summary';

const config = { labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative' }] };

describe('describeAnswer', () => {
  it('uses the label texts of the task', () => {
    expect(describeAnswer({ label: 'pos' }, config)).toBe('Positive');
    expect(describeAnswer({ labels: ['neg', 'pos'] }, config)).toBe('Negative, Positive');
    expect(describeAnswer({ labels: [] }, config)).toBe('—');
  });

  it('falls back to the value when the label is unknown or there is no config', () => {
    expect(describeAnswer({ label: 'maybe' }, config)).toBe('maybe');
    expect(describeAnswer({ label: 'pos' }, null)).toBe('pos');
  });

  it('describes paths, transcripts and ratings', () => {
    expect(describeAnswer({ path: ['Animals', 'Cats'] }, null)).toBe('Animals › Cats');
    expect(describeAnswer({ label: 'speech', transcript: 'hello' }, null)).toBe('speech · “hello”');
    expect(describeAnswer({ rating: 4, category: 'layout', comment: '', clicks: [] }, null)).toBe('4/5 · layout');
  });

  it('names taxonomy paths and UI-feedback categories by their labels, not their ids', () => {
    const taxonomy = [
      { id: 'home', label: 'Home & kitchen', parentId: null },
      { id: 'home.kettles', label: 'Kettles', parentId: 'home' },
    ];
    expect(describeAnswer({ path: ['home', 'home.kettles'] }, { taxonomy })).toBe('Home & kitchen › Kettles');
    expect(describeAnswer({ path: ['home', 'gone'] }, { taxonomy })).toBe('Home & kitchen › gone');
    const categories = [{ value: 'broken', text: 'Something is broken' }];
    expect(describeAnswer({ rating: 2, category: 'broken', comment: '', clicks: [] }, { categories })).toBe('2/5 · Something is broken');
  });

  it('shows anything else as JSON', () => {
    expect(describeAnswer({ other: 1 }, null)).toBe('{"other":1}');
    expect(describeAnswer(null, null)).toBe('—');
    expect(describeAnswer(3, null)).toBe('3');
  });
});
