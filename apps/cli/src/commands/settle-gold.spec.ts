import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

describe('fourmi settle-gold', () => {
  it('keeps a gold answer, or corrects it with the answer as JSON, with the note', async () => {
    const api = graphqlFetch((_query, variables) => ({
      data: { settleGoldContest: { id: variables['id'], status: variables['answer'] ? 'CORRECTED' : 'KEPT', goldAnswer: variables['answer'] ?? { label: 'neg' } } },
    }));
    const kept = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['settle-gold', '7', '--keep', '--note', 'Sarcasm, read again'], kept)).toBe(0);
    expect(kept.stderr.text).toBe('Contest 7 settled: the gold answer is kept as it is\n');
    const corrected = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['settle-gold', '8', '--answer', '{"label":"pos"}', '--note', ' You are right '], corrected)).toBe(0);
    expect(corrected.stderr.text).toBe('Contest 8 settled: the gold answer is corrected to {"label":"pos"}; its answers are scored again\n');
    expect(api.calls.map((c) => c.variables)).toEqual([
      { id: '7', answer: null, note: 'Sarcasm, read again' },
      { id: '8', answer: { label: 'pos' }, note: 'You are right' },
    ]);
  });

  it('needs exactly one of --keep and --answer, JSON for --answer, and a note', async () => {
    const cases: [string[], string][] = [
      [['settle-gold', '7', '--note', 'why'], 'give either --keep or --answer JSON'],
      [['settle-gold', '7', '--keep', '--answer', '{}', '--note', 'why'], 'give either --keep or --answer JSON'],
      [['settle-gold', '7', '--keep'], 'missing --note'],
      [['settle-gold', '7', '--answer', 'pos', '--note', 'why'], `--answer must be the answer as JSON, e.g. '{"label":"neutral"}', not pos`],
    ];
    for (const [args, message] of cases) {
      const ctx = testContext({ env: { FOURMI_TOKEN: 't' } });
      expect(await runCli(args, ctx)).toBe(1);
      expect(ctx.stderr.text).toContain(`fourmi settle-gold: ${message}`);
    }
  });
});
