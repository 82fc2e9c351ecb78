import { describe, expect, it } from 'vitest';
import { checkDecisionNote, parseReturnAnswers } from './return-form';

describe('parseReturnAnswers', () => {
  it('needs a project id and a reason', () => {
    expect(parseReturnAnswers(' 12 ', ' banned for spam ')).toEqual({ ok: true, projectId: '12', reason: 'banned for spam' });
    expect(parseReturnAnswers('', '')).toEqual({ ok: false, errors: { projectId: 'admin.required', reason: 'admin.required' } });
    expect(parseReturnAnswers('1 2', 'r')).toEqual({ ok: false, errors: { projectId: 'admin.idInvalid' } });
  });
});

describe('checkDecisionNote', () => {
  it('requires a note of 3 to 2,000 characters, as the API does', () => {
    expect(checkDecisionNote('  ')).toBe('admin.required');
    expect(checkDecisionNote(' ok ')).toBe('admin.noteLength');
    expect(checkDecisionNote('Fine')).toBeNull();
    expect(checkDecisionNote('x'.repeat(2000))).toBeNull();
    expect(checkDecisionNote('x'.repeat(2001))).toBe('admin.noteLength');
  });
});
