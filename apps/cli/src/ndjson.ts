import { CliError } from './errors';

/**
 * The JSON values of a newline-delimited JSON byte stream, one per line, as they arrive: a line split
 * across chunks (or a UTF-8 character split across chunks) is joined first; blank lines and CRLF are fine.
 */
export async function* ndjsonValues(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<unknown> {
  for await (const line of textLines(chunks)) {
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line);
    } catch {
      throw new CliError(`the API sent a line that is not JSON: ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`);
    }
  }
}

/** The lines of a text byte stream (without their LF or CRLF), the last one even without a newline. */
export async function* textLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending.replace(/\r$/, '');
}
