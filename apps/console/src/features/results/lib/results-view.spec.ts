import { describe, expect, it } from 'vitest';
import { answerSummary, itemView, labelNamer, pageRange } from './results-view';

describe('results view', () => {
  const nameOf = labelNamer({ labels: [{ value: 'pos', text: 'Positive' }] });

  it('names answers by their label text', () => {
    expect(answerSummary({ label: 'pos' }, nameOf)).toBe('Positive');
    expect(answerSummary({ label: 'gone' }, nameOf)).toBe('gone');
    expect(answerSummary({ labels: ['a'] }, nameOf)).toBe('{"labels":["a"]}');
    expect(labelNamer(null)('x')).toBe('x');
  });

  it('shows items by text and image', () => {
    expect(itemView({ text: 'hi', imageUrl: '/m.png' })).toEqual({ text: 'hi', imageUrl: '/m.png' });
    expect(itemView({ audioUrl: '/a.mp3' })).toEqual({ text: '{"audioUrl":"/a.mp3"}' });
    expect(itemView(null)).toEqual({ text: 'null' });
  });

  it('computes the page range', () => {
    expect(pageRange(0, 20, 134)).toEqual({ from: 1, to: 20 });
    expect(pageRange(120, 20, 134)).toEqual({ from: 121, to: 134 });
    expect(pageRange(0, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});
