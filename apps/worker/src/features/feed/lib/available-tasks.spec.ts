import { describe, expect, it } from 'vitest';
import { formatAvailableTasks } from './available-tasks';

describe('formatAvailableTasks', () => {
  it('shows the count, in the worker’s language', () => {
    expect(formatAvailableTasks(3, 'en')).toBe('3');
    expect(formatAvailableTasks(999, 'fr')).toBe('999');
  });

  it('says "at least" once the API stopped counting', () => {
    expect(formatAvailableTasks(1000, 'en')).toBe('1,000+');
    expect(formatAvailableTasks(1000, 'fr')).toBe('1\u202f000+');
  });
});
