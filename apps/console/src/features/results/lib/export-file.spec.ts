import { describe, expect, it } from 'vitest';
import { exportError, exportFileName, exportUrl } from './export-file';

describe('results export', () => {
  it('asks the API for the project’s file in the chosen format', () => {
    expect(exportUrl('p 1', 'csv')).toBe('/api/projects/p%201/export?format=csv');
    expect(exportUrl('p1', 'jsonl')).toBe('/api/projects/p1/export?format=jsonl');
  });

  it('saves the file under the name the API gives, or a plain one', () => {
    expect(exportFileName('attachment; filename="Demo-results.csv"', 'csv')).toBe('Demo-results.csv');
    expect(exportFileName(null, 'jsonl')).toBe('results.jsonl');
  });

  it('reads the API’s refusal', () => {
    const error = exportError(404, JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such project', fields: [] } }));
    expect([error.message, error.code]).toEqual(['No such project', 'NOT_FOUND']);
    expect(exportError(502, '<html>').code).toBe('SERVER_ERROR');
  });
});
