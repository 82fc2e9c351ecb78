import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv';

describe('csvRecords', () => {
  it('reads quotes, escaped quotes, commas and line breaks inside quotes, and skips blank lines', () => {
    expect(csvRecords('\uFEFFtext,answer\r\n"Great, ""really""",pos\n\n"two\nlines",neg')).toEqual([
      { line: 1, cells: ['text', 'answer'] },
      { line: 2, cells: ['Great, "really"', 'pos'] },
      { line: 4, cells: ['two\nlines', 'neg'] },
    ]);
  });

  it('keeps empty cells and names the line of a quote never closed', () => {
    expect(csvRecords('a,,c\n')).toEqual([{ line: 1, cells: ['a', '', 'c'] }]);
    expect(() => csvRecords('a\n"open\nstill')).toThrow('line 2: a quoted field is never closed');
  });
});
