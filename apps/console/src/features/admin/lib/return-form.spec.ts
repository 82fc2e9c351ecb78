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
  it('requires a note', () => {
    expect(checkDecisionNote('  ')).toBe('admin.required');
    expect(checkDecisionNote('ok')).toBeNull();
  });
});
