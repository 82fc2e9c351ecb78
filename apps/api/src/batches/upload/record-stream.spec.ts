import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecords, jsonlRecords, UploadFormatError } from './record-stream';

async function all<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** The text split into tiny chunks, as a network stream may deliver it. */
const chunked = (text: string, size = 3) => Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, i) => Buffer.from(text.slice(i * size, i * size + size))));

describe('csvRecords', () => {
  it('reads quoted commas, escaped quotes and line breaks across chunks, with camelCase keys', async () => {
    const csv = 'text,image_url\r\n"Hello, ""world""",/a.png\r\n"two\nlines",\nplain,/b.png\n';
    expect(await all(csvRecords(chunked(csv)))).toEqual([
      { row: 1, fields: { text: 'Hello, "world"', imageUrl: '/a.png' } },
      { row: 2, fields: { text: 'two\nlines' } },
      { row: 3, fields: { text: 'plain', imageUrl: '/b.png' } },
    ]);
  });

  it('reads a last line without a newline and skips blank lines', async () => {
    expect(await all(csvRecords(chunked('text\na\n\nb')))).toEqual([
      { row: 1, fields: { text: 'a' } },
      { row: 2, fields: { text: 'b' } },
    ]);
  });

  it('names the row with the wrong number of columns', async () => {
    await expect(all(csvRecords(chunked('text,image_url\na,b\nc\n')))).rejects.toMatchObject({ row: 2, message: 'expected 2 columns, found 1' });
  });

  it('refuses an unclosed quote, naming the row where it opened', async () => {
    await expect(all(csvRecords(chunked('text\n"open\n')))).rejects.toBeInstanceOf(UploadFormatError);
    await expect(all(csvRecords(chunked('text\nfine\n\nalso fine\n"open\nand on\n')))).rejects.toMatchObject({
      row: 3,
      message: 'a quoted field is not closed before the end of the file',
    });
    await expect(all(csvRecords(chunked('"text\nfine\n')))).rejects.toMatchObject({ row: 0 });
  });

  it('reads cells separated by semicolons when the header has semicolons and no comma, as spreadsheets save them', async () => {
    const csv = 'text;image_url\r\n"Bon; très bon";/a.png\r\n"Virgule, point";\n';
    expect(await all(csvRecords(chunked(csv)))).toEqual([
      { row: 1, fields: { text: 'Bon; très bon', imageUrl: '/a.png' } },
      { row: 2, fields: { text: 'Virgule, point' } },
    ]);
    // A comma in the header keeps commas: a semicolon is then part of a cell.
    expect(await all(csvRecords(chunked('text,label\na;b,c\n')))).toEqual([{ row: 1, fields: { text: 'a;b', label: 'c' } }]);
    // A one-line file, header alone, is read too.
    expect(await all(csvRecords(chunked('text;label')))).toEqual([]);
  });
});

describe('jsonlRecords', () => {
  it('reads one object per line and names a bad line', async () => {
    expect(await all(jsonlRecords(chunked('{"text":"a"}\n\n{"text":"b"}')))).toEqual([
      { row: 1, fields: { text: 'a' } },
      { row: 2, fields: { text: 'b' } },
    ]);
    await expect(all(jsonlRecords(chunked('{"text":"a"}\n[1]\n')))).rejects.toMatchObject({ row: 2, message: 'must be a JSON object' });
  });
});

describe('a bad row', () => {
  it('leaves the input open, so the error answer can still reach the client', async () => {
    for (const [read, text] of [
      [jsonlRecords, '{"text":"a"}\nnot json\n{"text":"c"}\n'],
      [csvRecords, 'text,image_url\na,b\nc\nd,e\n'],
    ] as const) {
      const input = chunked(text);
      await expect(all(read(input))).rejects.toBeInstanceOf(UploadFormatError);
      expect(input.destroyed).toBe(false);
    }
  });
});
