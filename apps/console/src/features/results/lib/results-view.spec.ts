import { describe, expect, it } from 'vitest';
import { answerSummary, consensusText, itemView, labelNamer, pageRange, voteKeyText } from './results-view';

describe('results view', () => {
  const nameOf = labelNamer({ labels: [{ value: 'pos', text: 'Positive' }] });

  it('names answers by their label text', () => {
    expect(answerSummary({ label: 'pos' }, nameOf)).toBe('Positive');
    expect(answerSummary({ label: 'gone' }, nameOf)).toBe('gone');
    expect(labelNamer(null)('x')).toBe('x');
  });

  it('summarises the answers of every task kind in the requester’s words', () => {
    expect(answerSummary({ labels: ['pos', 'spam:low'] }, nameOf)).toBe('Positive, spam:low');
    const taxonomy = labelNamer({ taxonomy: [{ id: 'home', label: 'Home' }, { id: 'lamps', label: 'Lamps', parentId: 'home' }] });
    expect(answerSummary({ path: ['home', 'lamps'] }, taxonomy)).toBe('Home › Lamps');
    const ui = labelNamer({ categories: [{ value: 'layout', text: 'Layout' }] });
    expect(answerSummary({ rating: 2, category: 'layout', comment: 'Button hidden', clicks: [{ x: 0.5, y: 0.5 }] }, ui)).toBe('★★ Layout · “Button hidden” (1 ✕)');
    expect(answerSummary({ label: 'pos', transcript: 'book a table' }, nameOf)).toBe('Positive — “book a table”');
    expect(answerSummary({ transcript: 'hello' }, nameOf)).toBe('“hello”');
  });

  it('names the consensus of several labels or a category path as the answers are named, not by its vote key', () => {
    const labels = labelNamer({ labels: [{ value: 'hate:high', text: 'Hate speech' }, { value: 'spam:low', text: 'Spam or scam' }] });
    const answers = [{ answer: { labels: ['spam:low', 'hate:high'] } }, { answer: { labels: ['hate:high', 'spam:low'] } }];
    expect(consensusText('MULTI_LABEL', {}, 'hate:high|spam:low', answers, labels)).toBe('Spam or scam, Hate speech');
    const taxonomy = labelNamer({ taxonomy: [{ id: 'home', label: 'Home' }, { id: 'lamps', label: 'Lamps', parentId: 'home' }] });
    expect(consensusText('CATEGORIZATION', {}, 'home/lamps', [{ answer: { path: ['home', 'lamps'] } }], taxonomy)).toBe('Home › Lamps');
    expect(consensusText('CLASSIFICATION', {}, 'pos', [{ answer: { label: 'pos' } }], nameOf)).toBe('Positive');
  });

  it('names a stored vote key without knowing the task kind (a rejection’s evidence)', () => {
    const labels = labelNamer({ labels: [{ value: 'hate', text: 'Hate speech' }, { value: 'spam', text: 'Spam or scam' }] });
    expect(voteKeyText('hate|spam', labels)).toBe('Hate speech, Spam or scam');
    expect(voteKeyText('spam', labels)).toBe('Spam or scam');
    const taxonomy = labelNamer({ taxonomy: [{ id: 'home', label: 'Home' }, { id: 'lamps', label: 'Lamps', parentId: 'home' }] });
    expect(voteKeyText('home/lamps', taxonomy)).toBe('Home › Lamps');
    // A key the project's values do not all name is shown as stored (a transcript, say).
    expect(voteKeyText('hate|gone', labels)).toBe('hate|gone');
    expect(voteKeyText('either/or', labels)).toBe('either/or');
  });

  it('shows items by text and image', () => {
    expect(itemView({ text: 'hi', imageUrl: '/m.png' })).toEqual({ text: 'hi', imageUrl: '/m.png' });
    expect(itemView({ audioUrl: '/a.mp3' })).toEqual({ text: '/a.mp3' });
    expect(itemView({ title: 'Desk lamp', imageUrl: '/l.png' })).toEqual({ text: 'Desk lamp', imageUrl: '/l.png' });
    expect(itemView({ screenshotUrl: '/s.svg', context: 'Checkout page' })).toEqual({ text: 'Checkout page', imageUrl: '/s.svg' });
    expect(itemView({ colour: 'blue' })).toEqual({ text: '{"colour":"blue"}' });
    expect(itemView(null)).toEqual({ text: 'null' });
  });

  it('computes the page range', () => {
    expect(pageRange(0, 20, 134)).toEqual({ from: 1, to: 20 });
    expect(pageRange(120, 20, 134)).toEqual({ from: 121, to: 134 });
    expect(pageRange(0, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});
