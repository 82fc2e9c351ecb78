import { describe, expect, it } from 'vitest';
import { formatWeek } from './week';

describe('formatWeek', () => {
  it('shows the Monday the week starts on, with no time, whatever the browser’s time zone', () => {
    expect(formatWeek('2026-12-07T00:00:00.000Z', 'en')).toBe('Dec 7, 2026');
    expect(formatWeek('2026-12-07T00:00:00.000Z', 'fr')).toBe('7 déc. 2026');
  });
});
