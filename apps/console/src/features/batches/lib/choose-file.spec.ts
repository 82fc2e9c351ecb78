import { describe, expect, it } from 'vitest';
import { chooseItemsFile, type FileReader } from './choose-file';
import { MAX_FILE_BYTES, parseItemsFile, type ParsedItems } from './parse-items';

const reader = (name: string, size?: number): FileReader<ParsedItems> => ({
  maxBytes: MAX_FILE_BYTES,
  parse: (text) => parseItemsFile(name, size ?? text.length, text),
  onlyTooMany: (parsed) => parsed.errors.length === 1 && parsed.errors[0].key === 'items.tooMany',
});
const csv = (rows: number) => ['text', ...Array.from({ length: rows }, (_, i) => `item ${i}`)].join('\n');

describe('chooseItemsFile', () => {
  it('reads a small file in the browser', async () => {
    const chosen = await chooseItemsFile(new File([csv(3)], 'items.csv'), reader('items.csv'));
    expect(chosen).toEqual({ name: 'items.csv', parsed: { items: [{ text: 'item 0' }, { text: 'item 1' }, { text: 'item 2' }], errors: [] } });
  });

  it('streams a CSV with more items than one request carries', async () => {
    const file = new File([csv(10_001)], 'big.csv');
    expect(await chooseItemsFile(file, reader('big.csv'))).toEqual({ name: 'big.csv', stream: { file, format: 'csv' } });
  });

  it('streams a JSON Lines file larger than the browser reads, without reading it', async () => {
    const file = new File(['x'.repeat(MAX_FILE_BYTES + 1)], 'big.jsonl');
    const chosen = await chooseItemsFile(file, { ...reader('big.jsonl'), parse: () => expect.fail('read in the browser') });
    expect(chosen).toEqual({ name: 'big.jsonl', stream: { file, format: 'jsonl' } });
  });

  it('keeps a plain text file in the browser, with its problem, as the endpoint reads only CSV and JSON Lines', async () => {
    const text = Array.from({ length: 10_001 }, (_, i) => `line ${i}`).join('\n');
    const chosen = await chooseItemsFile(new File([text], 'big.txt'), reader('big.txt'));
    expect('parsed' in chosen && chosen.parsed.errors).toEqual([{ key: 'items.tooMany' }]);
  });

  it('keeps a file with row problems in the browser, to show them before anything is sent', async () => {
    const rows = csv(10_001) + '\n"unclosed';
    const chosen = await chooseItemsFile(new File([rows], 'broken.csv'), reader('broken.csv'));
    expect('parsed' in chosen && chosen.parsed.errors.map((e) => e.key)).toEqual(['items.csvUnclosedQuote']);
  });
});
