import { describe, expect, it } from 'vitest';
import { formatAvailableTasks } from './available-tasks';

describe('formatAvailableTasks', () => {
  it('shows the count, in the worker’s language', () => {
    expect(formatAvailableTasks(3, false, 'en')).toBe('3');
    expect(formatAvailableTasks(1000, false, 'en')).toBe('1,000');
    expect(formatAvailableTasks(1000, false, 'fr')).toBe('1\u202f000');
  });

  it('says "at least" when the API stopped counting', () => {
    expect(formatAvailableTasks(1000, true, 'en')).toBe('1,000+');
    expect(formatAvailableTasks(1000, true, 'fr')).toBe('1\u202f000+');
  });
});
