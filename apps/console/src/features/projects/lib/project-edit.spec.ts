import { describe, expect, it } from 'vitest';
import { toUpdateProjectInput } from './project-edit';

describe('toUpdateProjectInput', () => {
  it('sends the trimmed name and the instructions as written', () => {
    expect(toUpdateProjectInput('p1', { name: '  Review sentiment ', instructions: 'Pick **one**.\n' })).toEqual({
      input: { id: 'p1', name: 'Review sentiment', instructions: 'Pick **one**.\n' },
      errors: {},
    });
  });

  it('refuses a blank or overlong name and overlong instructions, at the API field paths', () => {
    expect(toUpdateProjectInput('p1', { name: '  ', instructions: 'x'.repeat(20_001) })).toEqual({
      input: null,
      errors: { name: 'form.required', instructions: 'form.instructionsTooLong' },
    });
    expect(toUpdateProjectInput('p1', { name: 'n'.repeat(121), instructions: '' }).errors).toEqual({ name: 'form.nameTooLong' });
    expect(toUpdateProjectInput('p1', { name: 'n'.repeat(120), instructions: 'x'.repeat(20_000) }).errors).toEqual({});
  });
});
