import { describe, expect, it } from 'vitest';
import { checkAppealMessage, readEvidence } from './evidence';

describe('readEvidence', () => {
  it('reads failed gold items and timings', () => {
    expect(
      readEvidence({ failedGold: [{ item: 'Nice', expected: 'positive', given: { label: 'negative' } }], durationSeconds: 1.5, projectMedianSeconds: 'x' }),
    ).toEqual({ failedGold: [{ item: 'Nice', expected: 'positive', given: 'negative' }], durationSeconds: 1.5, projectMedianSeconds: null, consensus: null });
  });

  it('keeps the gold answer id, when sent, so it can be contested', () => {
    expect(readEvidence({ failedGold: [{ item: 'a', expected: 'b', given: 'c', assignmentId: 42 }] }).failedGold[0]?.assignmentId).toBe('42');
    expect(readEvidence({ failedGold: [{ item: 'a', expected: 'b', given: 'c' }] }).failedGold[0]).not.toHaveProperty('assignmentId');
  });

  it('puts the gold item and both answers in words, as the API sends them (objects), not as JSON', () => {
    const evidence = {
      failedGold: [
        { item: { text: 'Wonderful, works perfectly.' }, expected: { label: 'positive' }, given: { label: 'negative' } },
        { item: { title: 'Kettle', description: '1.7 L' }, expected: { path: ['home', 'kettles'] }, given: { path: ['home'] } },
        { item: { screenshotUrl: 'https://shop.example/a.png' }, expected: { labels: ['spam:low'] }, given: { labels: [] } },
      ],
    };
    expect(readEvidence(evidence).failedGold).toEqual([
      { item: 'Wonderful, works perfectly.', expected: 'positive', given: 'negative' },
      { item: 'Kettle', expected: 'home › kettles', given: 'home' },
      { item: 'https://shop.example/a.png', expected: 'spam:low', given: '—' },
    ]);
  });

  it('names the answers by the project’s label texts when its config is given', () => {
    const config = { labels: [{ value: 'positive', text: 'Happy' }, { value: 'negative', text: 'Unhappy' }] };
    const evidence = { failedGold: [{ item: { text: 'Wonderful.' }, expected: { label: 'positive' }, given: { label: 'negative' } }] };
    expect(readEvidence(evidence, config).failedGold).toEqual([{ item: 'Wonderful.', expected: 'Happy', given: 'Unhappy' }]);
  });

  it('survives anything', () => {
    expect(readEvidence(null)).toEqual({ failedGold: [], durationSeconds: null, projectMedianSeconds: null, consensus: null });
    expect(readEvidence({ failedGold: [null] }).failedGold).toEqual([{ item: '', expected: '', given: '' }]);
  });

  it('says the consensus (a vote key) in the project’s words, whatever the task kind', () => {
    const consensus = (key: string, config: unknown) => readEvidence({ consensus: key }, config).consensus;
    const labels = { labels: [{ value: 'ok', text: 'Nothing wrong' }, { value: 'spam:low', text: 'Spam' }, { value: 'hate:high', text: 'Hate' }] };
    expect(consensus('ok', labels)).toBe('Nothing wrong');
    expect(consensus('hate:high|spam:low', labels)).toBe('Hate, Spam');
    const taxonomy = { taxonomy: [{ id: 'home', label: 'Home' }, { id: 'home.kettles', label: 'Kettles' }] };
    expect(consensus('home/home.kettles', taxonomy)).toBe('Home › Kettles');
    expect(consensus('broken', { categories: [{ value: 'broken', text: 'Something is broken' }] })).toBe('Something is broken');
    expect(consensus('hello there', { transcribe: true })).toBe('hello there');
  });
});

describe('checkAppealMessage', () => {
  it('requires a message of reasonable length', () => {
    expect(checkAppealMessage('  ')).toBe('appeal.messageTooShort');
    expect(checkAppealMessage('x'.repeat(2001))).toBe('appeal.messageTooLong');
    expect(checkAppealMessage('The gold answer is wrong')).toBeNull();
  });

  it('asks for what the API accepts: 10 to 2,000 characters once trimmed', () => {
    expect(checkAppealMessage('  Wrong!  ')).toBe('appeal.messageTooShort');
    expect(checkAppealMessage('x'.repeat(10))).toBeNull();
    expect(checkAppealMessage('x'.repeat(1500))).toBeNull();
  });
});
