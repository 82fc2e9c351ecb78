import { describe, expect, it } from 'vitest';
import { parseGoldLines } from './parse-gold';

describe('parseGoldLines', () => {
  it('reads items, answers and explanations, skipping blank lines', () => {
    const text = '{"input":{"text":"Broken"},"answer":{"label":"negative"},"explanation":"It broke"}\n\n{"input":{"text":"Great"},"answer":{"label":"positive"}}';
    expect(parseGoldLines(text)).toEqual({
      items: [
        { input: { text: 'Broken' }, answer: { label: 'negative' }, explanation: 'It broke' },
        { input: { text: 'Great' }, answer: { label: 'positive' } },
      ],
      problems: [],
    });
  });

  it('names the lines it cannot read, with a message key (translated where shown)', () => {
    expect(parseGoldLines('{"input":{}}\nnot json').problems).toEqual([
      { line: 1, problem: 'gold.needsInputAndAnswer' },
      { line: 2, problem: 'gold.invalidJson' },
    ]);
  });
});
