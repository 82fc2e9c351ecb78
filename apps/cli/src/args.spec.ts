import { describe, expect, it } from 'vitest';
import { parseCommand, parseInteger, parseSeconds, required } from './args';
import { UsageError } from './errors';

describe('argument parsing', () => {
  const options = { name: { type: 'string' }, publish: { type: 'boolean' } } as const;

  it('reads options in any order, with = or a separate value, and the positionals', () => {
    const { values, positionals } = parseCommand(['P1', '--name=First', 'file.csv', '--publish'], options, ['PROJECT_ID', 'FILE']);
    expect(values).toEqual({ name: 'First', publish: true });
    expect(positionals).toEqual(['P1', 'file.csv']);
    expect(parseCommand(['--name', 'Two words', 'P', 'f'], options, ['A', 'B']).values.name).toBe('Two words');
  });

  it('names what is missing, unknown or extra', () => {
    expect(() => parseCommand([], options, ['PROJECT_ID', 'FILE'])).toThrow(new UsageError('missing PROJECT_ID and FILE'));
    expect(() => parseCommand(['P'], options, ['PROJECT_ID', 'FILE'])).toThrow('missing FILE');
    expect(() => parseCommand(['P', 'f', 'g'], options, ['PROJECT_ID', 'FILE'])).toThrow('unexpected argument "g"');
    expect(() => parseCommand(['--colour', 'red'], options)).toThrow(/Unknown option '--colour'/);
    expect(() => parseCommand(['--name'], options)).toThrow(/--name/);
  });

  it('takes one or more of a last positional ending in ...', () => {
    expect(parseCommand(['1', '2', '3'], options, ['ASSIGNMENT_ID...']).positionals).toEqual(['1', '2', '3']);
    expect(() => parseCommand([], options, ['ASSIGNMENT_ID...'])).toThrow('missing ASSIGNMENT_ID...');
  });

  it('requires options and checks numbers', () => {
    expect(() => required(undefined, 'email')).toThrow('missing --email');
    expect(() => required('', 'overlap', 'answers per item')).toThrow('missing --overlap (answers per item)');
    expect(required('x', 'email')).toBe('x');
    expect(parseInteger('3', 'overlap', { min: 1, max: 100 })).toBe(3);
    expect(() => parseInteger('2.5', 'overlap', { min: 1, max: 100 })).toThrow('--overlap must be a whole number, not "2.5"');
    expect(() => parseInteger('0', 'overlap', { min: 1, max: 100 })).toThrow('--overlap must be between 1 and 100, not 0');
    expect(parseSeconds('0.5', 'interval')).toBe(0.5);
    expect(() => parseSeconds('0', 'interval')).toThrow('--interval must be a positive number of seconds');
    expect(() => parseSeconds('soon', 'interval')).toThrow('not "soon"');
  });
});
