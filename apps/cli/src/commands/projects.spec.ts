import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

describe('fourmi projects', () => {
  it('lists id, name, kind, items and completed items in aligned columns', async () => {
    const api = graphqlFetch(() => ({
      data: {
        myProjects: [
          { id: 'a1', name: 'Sentiment of reviews', kind: 'CLASSIFICATION', stats: { items: 12_000, completedItems: 950 } },
          { id: 'b2', name: 'Spam', kind: 'MULTI_LABEL', stats: { items: 3, completedItems: 3 } },
        ],
      },
    }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['projects'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe(
      [
        'ID  NAME                  KIND             ITEMS  COMPLETED',
        'a1  Sentiment of reviews  CLASSIFICATION  12,000        950',
        'b2  Spam                  MULTI_LABEL          3          3',
        '',
      ].join('\n'),
    );
  });

  it('says when there is none, and when nobody is signed in', async () => {
    const ctx = testContext({ fetch: graphqlFetch(() => ({ data: { myProjects: [] } })).fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['projects'], ctx)).toBe(0);
    expect(ctx.stderr.text).toContain('No projects yet');
    const anonymous = testContext();
    expect(await runCli(['projects'], anonymous)).toBe(1);
    expect(anonymous.stderr.text).toBe('fourmi projects: not signed in: run `fourmi login --email you@example.org` or set FOURMI_TOKEN\n');
  });
});
