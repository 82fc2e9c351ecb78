import { describe, expect, it } from 'vitest';
import { changesOf, ProjectField, projectChanges } from './project-edits';

const project = { name: 'Sentiment', instructions: 'Pick one.', goldRatio: 0.1 };

describe('projectChanges', () => {
  it('lists each changed field with its before and after, in the form’s order', () => {
    expect(projectChanges(project, { name: 'Sentiment v2', instructions: 'Pick one.', goldRatio: 0.2 })).toEqual([
      { field: ProjectField.NAME, before: 'Sentiment', after: 'Sentiment v2' },
      { field: ProjectField.GOLD_RATIO, before: 0.1, after: 0.2 },
    ]);
  });

  it('finds nothing when the same values come back, the gold ratio as the database’s float4 rounding of it', () => {
    expect(projectChanges({ ...project, goldRatio: Math.fround(0.1) }, project)).toEqual([]);
    expect(projectChanges(project, { ...project, instructions: 'Pick one. ' })).toHaveLength(1);
  });
});

describe('changesOf', () => {
  it('reads stored changes as text, the gold ratio as a decimal, and skips what it does not know', () => {
    const details = { changes: [{ field: 'goldRatio', before: 0, after: 0.25 }, { field: 'reward', before: 5, after: 1 }, null] };
    expect(changesOf(details)).toEqual([{ field: ProjectField.GOLD_RATIO, before: '0', after: '0.25' }]);
    expect(changesOf({ banId: '1' })).toEqual([]);
    expect(changesOf(null)).toEqual([]);
  });
});
