import { describe, expect, it } from 'vitest';
import { ndjsonValues, textLines } from './ndjson';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

async function* chunks(...parts: (string | Uint8Array)[]) {
  for (const part of parts) yield typeof part === 'string' ? new TextEncoder().encode(part) : part;
}

describe('NDJSON lines', () => {
  it('joins lines split across chunks, and UTF-8 characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"type":"progress","rows":10000}\n{"name":"été"}\n');
    const cut = bytes.indexOf(0xc3) + 1; // in the middle of "é"
    expect(await collect(ndjsonValues(chunks(bytes.slice(0, 5), bytes.slice(5, cut), bytes.slice(cut))))).toEqual([{ type: 'progress', rows: 10_000 }, { name: 'été' }]);
  });

  it('accepts CRLF, blank lines and a last line without a newline', async () => {
    expect(await collect(ndjsonValues(chunks('{"a":1}\r\n\r\n{"a":2}')))).toEqual([{ a: 1 }, { a: 2 }]);
    expect(await collect(textLines(chunks('x\r\ny\n', '', 'z')))).toEqual(['x', 'y', 'z']);
    expect(await collect(textLines(chunks()))).toEqual([]);
  });

  it('names a line that is not JSON', async () => {
    await expect(collect(ndjsonValues(chunks('{"ok":true}\n<html>Bad gateway</html>\n')))).rejects.toThrow('the API sent a line that is not JSON: <html>Bad gateway</html>');
  });
});
