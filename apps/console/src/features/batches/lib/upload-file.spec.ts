import { ApiError } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import { readUploadResponse, uploadFormatOf, uploadUrl } from './upload-file';

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

describe('readUploadResponse', () => {
  it('returns the new batch and its item count', () => {
    expect(readUploadResponse(201, '{"batchId":"b-1","items":250000}')).toEqual({ batchId: 'b-1', items: 250000 });
  });

  it('throws the API’s error with each faulty row and field', () => {
    const body = JSON.stringify({
      error: {
        code: 'BAD_USER_INPUT',
        message: '2 problems in the file; nothing was added',
        fields: [
          { path: 'rows[12].text', message: 'Row 12 (text): Must not be empty.' },
          { path: 'rows[40].imageUrl', message: 'Row 40 (imageUrl): Must be an http(s) URL.' },
        ],
      },
    });
    const error = catchError(() => readUploadResponse(400, body));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('2 problems in the file; nothing was added');
    expect(error.fields).toEqual([
      { path: '', message: 'Row 12 (text): Must not be empty.' },
      { path: '', message: 'Row 40 (imageUrl): Must be an http(s) URL.' },
    ]);
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
