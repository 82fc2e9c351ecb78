import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const project = (batches: { isGold: boolean; itemCount: number }[], goldRatio = 0.1) => ({ data: { project: { id: 'p-1', name: 'Sentiment', goldRatio, batches } } });
const contest = (id: string, projectId: string) => ({
  id,
  projectId,
  createdAt: '2026-12-01T10:30:00.000Z',
  item: { text: 'Loved it' },
  goldAnswer: { label: 'neg' },
  given: { label: 'pos' },
  message: 'This is plainly positive',
});

describe('fourmi gold', () => {
  it('counts the gold items, and lists the project’s open contests only', async () => {
    const api = graphqlFetch((query) =>
      query.includes('goldContests')
        ? { data: { goldContests: [contest('7', 'p-1'), contest('8', 'p-other')] } }
        : project([
            { isGold: false, itemCount: 100 },
            { isGold: true, itemCount: 12 },
          ]),
    );
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['gold', 'p-1'], ctx)).toBe(0);
    expect(ctx.stderr.text).toBe('Project "Sentiment": 12 gold items, 10% of tasks drawn from them; 1 open contest\n');
    expect(ctx.stdout.text).toBe(
      [
        'ID  CREATED           ITEM                 GOLD             GIVEN            MESSAGE',
        '7   2026-12-01 10:30  {"text":"Loved it"}  {"label":"neg"}  {"label":"pos"}  This is plainly positive',
        '',
      ].join('\n'),
    );
  });

  it('says when the project has no gold yet and draws none', async () => {
    const api = graphqlFetch((query) => (query.includes('goldContests') ? { data: { goldContests: [] } } : project([{ isGold: false, itemCount: 3 }], 0)));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['gold', 'p-1'], ctx)).toBe(0);
    expect(ctx.stderr.text).toBe('Project "Sentiment": 0 gold items, none drawn into the work (gold ratio 0); no open contests\nAdd some with `fourmi add-gold p-1 FILE`.\n');
    expect(ctx.stdout.text).toBe('');
  });
});
