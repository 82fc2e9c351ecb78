import { describe, expect, it } from 'vitest';
import { CsvError, formatAggregateCsv, parseAnswersCsv, parseTruthCsv } from './csv';

const errorOf = (text: string): CsvError => {
  try {
    parseAnswersCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error('expected a CsvError');
};

describe('parseAnswersCsv', () => {
  it('reads rows after the header', () => {
    expect(parseAnswersCsv('item,worker,label\nq1,w1,cat\nq1,w2,dog\n')).toEqual([
      { item: 'q1', worker: 'w1', label: 'cat' },
      { item: 'q1', worker: 'w2', label: 'dog' },
    ]);
  });

  it('accepts CRLF, a BOM, no final newline and trailing blank lines', () => {
    const expected = [{ item: 'a', worker: 'b', label: 'c' }];
    expect(parseAnswersCsv('item,worker,label\r\na,b,c\r\n')).toEqual(expected);
    expect(parseAnswersCsv('\ufeffitem,worker,label\na,b,c')).toEqual(expected);
    expect(parseAnswersCsv('item,worker,label\r\na,b,c\r\n\r\n\n')).toEqual(expected);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseAnswersCsv('item,worker,label\n"q,1",w1,"say ""hi"""\n"multi\nline",w2,x\n')).toEqual([
      { item: 'q,1', worker: 'w1', label: 'say "hi"' },
      { item: 'multi\nline', worker: 'w2', label: 'x' },
    ]);
  });

  it('names the line of a row with the wrong number of fields', () => {
    const text = 'item,worker,label\na,w,1\na,w,1\na,w,1\na,w,1\na,w,1\na,w\na,w,1\n';
    const error = errorOf(text);
    expect(error.message).toBe('line 7: expected 3 fields, found 2');
    expect(error.line).toBe(7);
    expect(() => parseAnswersCsv('item,worker,label\r\na,w,1,extra\r\n')).toThrow('line 2: expected 3 fields, found 4');
  });

  it('counts line breaks inside quoted fields when naming a later line', () => {
    expect(errorOf('item,worker,label\n"two\nlines",w,1\nbad\n').message).toBe('line 4: expected 3 fields, found 1');
  });

  it('rejects a wrong or missing header', () => {
    expect(errorOf('a,b,c\n1,2,3\n').message).toBe('line 1: expected header item,worker,label, found a,b,c');
    expect(errorOf('').message).toBe('line 1: missing header item,worker,label');
    expect(errorOf('\n\n').message).toBe('line 1: missing header item,worker,label');
  });

  it('rejects blank lines before the end, empty fields and broken quoting, with their line', () => {
    expect(errorOf('item,worker,label\na,w,1\n\na,w,2\n').message).toBe('line 3: blank line');
    expect(errorOf('item,worker,label\na,,1\n').message).toBe('line 2: empty worker');
    expect(errorOf('item,worker,label\na,w,1\n"a,w,1\n').message).toBe('line 3: unterminated quoted field');
    expect(errorOf('item,worker,label\na,w"x,1\n').message).toBe('line 2: quote inside an unquoted field');
    expect(errorOf('item,worker,label\n"a"x,w,1\n').message).toBe('line 2: unexpected character after a closing quote');
  });
});

describe('parseTruthCsv', () => {
  it('reads item,label rows', () => {
    expect(parseTruthCsv('item,label\n1,0\n2,1\n')).toEqual([{ item: '1', label: '0' }, { item: '2', label: '1' }]);
    expect(() => parseTruthCsv('item,worker,label\n')).toThrow('line 1: expected header item,label');
  });
});

describe('formatAggregateCsv', () => {
  it('writes a header and confidences with 4 decimals', () => {
    expect(formatAggregateCsv([{ item: 'q1', label: 'cat', confidence: 2 / 3 }, { item: 'q2', label: 'dog', confidence: 1 }])).toBe(
      'item,label,confidence\nq1,cat,0.6667\nq2,dog,1.0000\n',
    );
  });

  it('quotes fields that need it, so the output parses back', () => {
    const csv = formatAggregateCsv([{ item: 'a,"b"', label: 'x\ny', confidence: 0.5 }]);
    expect(csv).toBe('item,label,confidence\n"a,""b""","x\ny",0.5000\n');
  });

  it('writes only the header for no rows and rejects a non-finite confidence', () => {
    expect(formatAggregateCsv([])).toBe('item,label,confidence\n');
    expect(() => formatAggregateCsv([{ item: 'q', label: 'l', confidence: Number.NaN }])).toThrow('item q has confidence NaN');
  });
});
