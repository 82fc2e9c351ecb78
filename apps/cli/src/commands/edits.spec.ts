import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const items = [
  {
    at: '2026-12-07T21:30:12.000Z',
    editorName: 'Ada',
    changes: [
      { field: 'INSTRUCTIONS', before: 'Choose the sentiment.', after: 'Choose the **sentiment** of the review.\nSarcasm counts as negative.' },
      { field: 'GOLD_RATIO', before: '0', after: '0.125' },
    ],
  },
  { at: '2026-12-07T20:00:00.000Z', editorName: 'Ada', changes: [{ field: 'NAME', before: 'Sentiment', after: 'Tone' }] },
];

describe('fourmi edits', () => {
  it('lists each changed field of the latest edits, newest first, and says when there are more', async () => {
    const api = graphqlFetch(() => ({ data: { projectEdits: { total: 3, items } } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['edits', 'p-1', '--limit', '2'], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({ id: 'p-1', limit: 2 });
    expect(ctx.stdout.text.split('\n')).toEqual([
      'EDITED            BY   FIELD         BEFORE                 AFTER',
      '2026-12-07 21:30  Ada  INSTRUCTIONS  Choose the sentiment.  Choose the **sentiment** of the review. (2 lines)',
      '2026-12-07 21:30  Ada  GOLD_RATIO    0%                     12.5%',
      '2026-12-07 20:00  Ada  NAME          Sentiment              Tone',
      '',
    ]);
    expect(ctx.stderr.text).toBe('The latest 2 of 3 edits\n');
  });

  it('says so when the project was never edited', async () => {
    const api = graphqlFetch(() => ({ data: { projectEdits: { total: 0, items: [] } } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['edits', 'p-1'], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({ id: 'p-1', limit: 25 });
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('This project was never edited.\n');
  });

  it('names a bad --limit before asking the API', async () => {
    const api = graphqlFetch(() => ({ data: {} }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['edits', 'p-1', '--limit', '500'], ctx)).toBe(1);
    expect(ctx.stderr.text).toMatch(/--limit/);
    expect(api.calls).toHaveLength(0);
  });
});
