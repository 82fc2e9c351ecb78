import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_ITEMS, parseCsv, parseCsvRecords, parseItemsFile, parseJsonl, parseLines } from './parse-items';

describe('parseLines', () => {
  it('makes one text item per non-empty line', () => {
    expect(parseLines('  first \r\n\nsecond\n   \n')).toEqual({ items: [{ text: 'first' }, { text: 'second' }], errors: [] });
  });

  it('refuses more items than the browser upload allows', () => {
    const many = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `item ${i}`).join('\n');
    expect(parseLines(many).errors).toEqual([{ key: 'items.tooMany' }]);
  });
});

describe('parseCsvRecords', () => {
  it('reads quoted fields with separators, quotes and line breaks', () => {
    const { records } = parseCsvRecords('text,other\r\n"a, ""b""\nc",x\nplain,y');
    expect(records).toEqual([
      ['text', 'other'],
      ['a, "b"\nc', 'x'],
      ['plain', 'y'],
    ]);
  });

  it('reports an unclosed quote at the start of its record', () => {
    expect(parseCsvRecords('text\nok\n"broken\nstill').unclosedAt).toBe(3);
  });

  it('numbers the data row of an unclosed quote as every other row problem is numbered', () => {
    // Header and blank lines are not counted: "broken" is the 2nd data row, on line 4.
    expect(parseCsvRecords('text\nok\n\n"broken\nstill')).toMatchObject({ unclosedAt: 4, unclosedRow: 2 });
    expect(parseCsvRecords('"text\nok').unclosedRow).toBeUndefined();
  });
});

describe('parseCsv', () => {
  it('tells which row holds a quote that is never closed', () => {
    expect(parseCsv('text\nGreat phone\n,\n"Bad, very bad\nOkay').errors).toEqual([{ key: 'items.csvUnclosedQuote', row: 3 }]);
  });

  it('reads a text column', () => {
    expect(parseCsv('\uFEFFText\nhello\n\n"with, comma"\n').items).toEqual([{ text: 'hello' }, { text: 'with, comma' }]);
  });

  it('reads an image_url column, alone or next to text, with ; as separator', () => {
    expect(parseCsv('image_url\nhttps://x/a.png').items).toEqual([{ imageUrl: 'https://x/a.png' }]);
    expect(parseCsv('text;image_url\ncat;/media/c.jpg\n;/media/d.jpg').items).toEqual([
      { text: 'cat', imageUrl: '/media/c.jpg' },
      { imageUrl: '/media/d.jpg' },
    ]);
  });

  it('numbers a bad row as the server does: data rows from 1, header and blank lines not counted', () => {
    expect(parseCsv('text,image_url\nok,\n\n,\nfine,').errors).toEqual([{ key: 'items.csvEmptyRow', row: 2 }]);
    const rows = ['text', ...Array.from({ length: 7000 }, (_, i) => `item ${i}`), ' '].join('\n');
    expect(parseCsv(rows).errors).toEqual([{ key: 'items.csvEmptyRow', row: 7001 }]);
    expect(parseCsv('image_url\n').errors).toEqual([]);
  });

  it('refuses a column the server does not know, naming it, instead of dropping it', () => {
    expect(parseCsv('text,id\nok,1')).toEqual({ items: [], errors: [{ key: 'items.csvUnknownColumn', column: 'id' }] });
    expect(parseCsv('text;Note;image_url\na;b;c').errors).toEqual([{ key: 'items.csvUnknownColumn', column: 'Note' }]);
    expect(parseCsv('name\nx').errors).toEqual([{ key: 'items.csvUnknownColumn', column: 'name' }]);
    expect(parseCsv(',\nx').errors).toEqual([{ key: 'items.csvNoColumn' }]);
  });
});

describe('parseJsonl', () => {
  it('reads text and imageUrl (or image_url), and reports bad rows numbered as the server does (blank lines not counted)', () => {
    const result = parseJsonl('{"text":"a"}\n\n{"image_url":"/m/b.png"}\nnot json\n{"other":1}\n{"text":"c","imageUrl":"/m/c.png"}');
    expect(result.items).toEqual([{ text: 'a' }, { imageUrl: '/m/b.png' }, { text: 'c', imageUrl: '/m/c.png' }]);
    expect(result.errors).toEqual([
      { key: 'items.jsonInvalid', row: 3 },
      { key: 'items.jsonNoField', row: 4 },
    ]);
  });
});

describe('parseItemsFile', () => {
  it('chooses the reader by extension and refuses big or unknown files', () => {
    expect(parseItemsFile('Items.CSV', 10, 'text\na').items).toEqual([{ text: 'a' }]);
    expect(parseItemsFile('items.jsonl', 10, '{"text":"a"}').items).toEqual([{ text: 'a' }]);
    expect(parseItemsFile('items.txt', 10, 'a\nb').items).toHaveLength(2);
    expect(parseItemsFile('items.xlsx', 10, '').errors).toEqual([{ key: 'items.fileType' }]);
    expect(parseItemsFile('items.csv', MAX_FILE_BYTES + 1, '').errors).toEqual([{ key: 'items.fileTooBig' }]);
  });
});
