import { describe, expect, it } from 'vitest';
import { goldPercentText, toUpdateProjectInput } from './project-edit';

describe('toUpdateProjectInput', () => {
  it('sends the trimmed name and the instructions as written', () => {
    expect(toUpdateProjectInput('p1', { name: '  Review sentiment ', instructions: 'Pick **one**.\n', goldPercent: '' })).toEqual({
      input: { id: 'p1', name: 'Review sentiment', instructions: 'Pick **one**.\n' },
      errors: {},
    });
  });

  it('refuses a blank or overlong name and overlong instructions, at the API field paths', () => {
    expect(toUpdateProjectInput('p1', { name: '  ', instructions: 'x'.repeat(20_001), goldPercent: '' })).toEqual({
      input: null,
      errors: { name: 'form.required', instructions: 'form.instructionsTooLong' },
    });
    expect(toUpdateProjectInput('p1', { name: 'n'.repeat(121), instructions: '', goldPercent: '' }).errors).toEqual({ name: 'form.nameTooLong' });
    expect(toUpdateProjectInput('p1', { name: 'n'.repeat(120), instructions: 'x'.repeat(20_000), goldPercent: '50' }).errors).toEqual({});
  });

  it('sends the gold ratio typed as a percentage as a fraction, and refuses one outside 0 to 50 at goldRatio', () => {
    const edit = (goldPercent: string) => toUpdateProjectInput('p1', { name: 'n', instructions: '', goldPercent });
    expect(edit('12,5').input).toEqual({ id: 'p1', name: 'n', instructions: '', goldRatio: 0.125 });
    expect(edit('0').input?.goldRatio).toBe(0);
    expect(edit('7').input?.goldRatio).toBe(0.07);
    for (const bad of ['51', '-1', 'ten']) expect(edit(bad)).toEqual({ input: null, errors: { goldRatio: 'quality.goldRange' } });
    expect(goldPercentText(0.07)).toBe('7');
    expect(goldPercentText(0.125)).toBe('12.5');
  });
});
