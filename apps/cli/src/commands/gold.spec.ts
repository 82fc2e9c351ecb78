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
  it('counts the gold items, and lists the open contests the API gives for the project', async () => {
    const api = graphqlFetch((query) =>
      query.includes('goldContests')
        ? { data: { goldContests: [contest('7', 'p-1')] } }
        : project([
            { isGold: false, itemCount: 100 },
            { isGold: true, itemCount: 12 },
          ]),
    );
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['gold', 'p-1'], ctx)).toBe(0);
    // The server filters by project: the CLI no longer fetches every contest to keep one project's.
    expect(api.calls.find((c) => c.query.includes('goldContests'))?.variables).toEqual({ p: 'p-1' });
    expect(ctx.stderr.text).toBe('Project "Sentiment": 12 gold items, 10% of tasks drawn from them; 1 open contest\n');
    expect(ctx.stdout.text).toBe(
      [
        'ID  CREATED           ITEM                 GOLD             GIVEN            MESSAGE',
        '7   2026-12-01 10:30  {"text":"Loved it"}  {"label":"neg"}  {"label":"pos"}  This is plainly positive',
        '',
      ].join('\n'),
    );
  });

  it('lists the gold items with --items, page after page, with how many answered and the share right', async () => {
    const item = (id: number, answers: number, rightShare: number | null) => ({ id: String(id), input: { text: `g${id}` }, goldAnswer: { label: 'neg' }, explanation: id === 1 ? 'Broke' : null, answers, rightShare });
    const api = graphqlFetch((query, vars) => {
      if (query.includes('goldContests')) return { data: { goldContests: [] } };
      if (!query.includes('goldItems')) return project([{ isGold: true, itemCount: 101 }]);
      const all = Array.from({ length: 101 }, (_, i) => item(i + 1, i === 0 ? 4 : 0, i === 0 ? 0.75 : null));
      const offset = vars['offset'] as number;
      return { data: { goldItems: { total: 101, items: all.slice(offset, offset + (vars['limit'] as number)) } } };
    });
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['gold', 'p-1', '--items'], ctx)).toBe(0);
    expect(api.calls.filter((c) => c.query.includes('goldItems')).map((c) => c.variables)).toEqual([
      { p: 'p-1', offset: 0, limit: 100 },
      { p: 'p-1', offset: 100, limit: 100 },
    ]);
    const lines = ctx.stdout.text.split('\n');
    expect(lines).toHaveLength(103);
    expect(lines[0]).toBe('ID   ITEM             GOLD             ANSWERS  RIGHT  EXPLANATION');
    expect(lines[1]).toBe('1    {"text":"g1"}    {"label":"neg"}        4    75%  Broke');
    expect(lines[101]).toMatch(/^101 +\{"text":"g101"\} +\{"label":"neg"\} +0 +- *$/);
  });

  it('says when the project has no gold yet and draws none', async () => {
    const api = graphqlFetch((query) => (query.includes('goldContests') ? { data: { goldContests: [] } } : project([{ isGold: false, itemCount: 3 }], 0)));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['gold', 'p-1'], ctx)).toBe(0);
    expect(ctx.stderr.text).toBe('Project "Sentiment": 0 gold items, none drawn into the work (gold ratio 0); no open contests\nAdd some with `fourmi add-gold p-1 FILE`.\n');
    expect(ctx.stdout.text).toBe('');
  });
});
