import { ApiError } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import { readUploadResponse, rowsWritten, uploadFormatOf, uploadUrl } from './upload-file';

describe('uploadFormatOf', () => {
  it('streams CSV and JSON Lines files, whatever the case of their extension', () => {
    expect(uploadFormatOf('reviews.CSV')).toBe('csv');
    expect(uploadFormatOf('reviews.jsonl')).toBe('jsonl');
    expect(uploadFormatOf('reviews.ndjson')).toBe('jsonl');
    expect(uploadFormatOf('reviews.txt')).toBeNull();
  });
});

describe('uploadUrl', () => {
  it('names the format and the batch, leaving out a blank name', () => {
    expect(uploadUrl('p-1', 'csv', 'Spring reviews & more')).toBe('/api/projects/p-1/uploads?format=csv&name=Spring+reviews+%26+more');
    expect(uploadUrl('p-1', 'jsonl', '  ')).toBe('/api/projects/p-1/uploads?format=jsonl');
  });
});

const lines = (...values: unknown[]) => values.map((v) => `${JSON.stringify(v)}\n`).join('');

describe('rowsWritten', () => {
  it('reads the latest progress line, ignoring a line still coming', () => {
    expect(rowsWritten('')).toBeNull();
    expect(rowsWritten(lines({ type: 'progress', rows: 10000 }, { type: 'progress', rows: 20000 }) + '{"type":"progr')).toBe(20000);
  });
});

describe('readUploadResponse', () => {
  it('returns the new batch and its item count from the last line', () => {
    const body = lines({ type: 'progress', rows: 10000 }, { type: 'progress', rows: 20000 }, { type: 'done', batchId: 'b-1', items: 25000 });
    expect(readUploadResponse(200, body)).toEqual({ batchId: 'b-1', items: 25000 });
  });

  it('throws the API’s error with each faulty row and field, and its reason when the API gave one', () => {
    const body = lines({
      type: 'error',
      error: {
        code: 'BAD_USER_INPUT',
        message: '2 problems in the file; nothing was added',
        fields: [
          { path: 'rows[12].text', message: 'Row 12 (text): Must not be empty.' },
          { path: 'rows[40].imageUrl', message: 'Row 40 (imageUrl): Must be an http(s) URL.', reason: { key: 'field.notUrl', params: {} } },
        ],
      },
    });
    const error = catchError(() => readUploadResponse(200, body));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('2 problems in the file; nothing was added');
    expect(error.fields).toEqual([
      { path: 'rows[12].text', message: 'Row 12 (text): Must not be empty.' },
      { path: 'rows[40].imageUrl', message: 'Row 40 (imageUrl): Must be an http(s) URL.', reason: { key: 'field.notUrl', params: {} } },
    ]);
  });

  it('reads a refusal that came before the file was read, as one JSON body with its status', () => {
    const error = catchError(() => readUploadResponse(404, '{"error":{"code":"NOT_FOUND","message":"No such project","fields":[]}}'));
    expect([error.code, error.message, error.status]).toEqual(['NOT_FOUND', 'No such project', 404]);
  });

  it('keeps the refusal’s reason, for the console to say it in its user’s language', () => {
    const body = JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such project', fields: [], reason: { key: 'project.notFound', params: {} } } });
    expect(catchError(() => readUploadResponse(404, body)).reason).toEqual({ key: 'project.notFound', params: {} });
  });

  it('does not call an answer cut short a success', () => {
    const error = catchError(() => readUploadResponse(200, lines({ type: 'progress', rows: 10000 })));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toContain('Check the batches');
  });

  it('tells a lost connection and an unreadable answer apart from a refusal', () => {
    expect(catchError(() => readUploadResponse(0, '')).code).toBe('NETWORK_ERROR');
    expect(catchError(() => readUploadResponse(502, '<html>Bad gateway</html>')).code).toBe('SERVER_ERROR');
    expect(catchError(() => readUploadResponse(401, '')).code).toBe('UNAUTHENTICATED');
  });
});

function catchError(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected an error');
}
