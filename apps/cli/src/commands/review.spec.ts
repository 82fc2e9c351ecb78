import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const answer = (assignmentId: string, status: string, label = 'pos') => ({ assignmentId, workerId: 'w-7', answer: { label }, submittedAt: '2026-05-02T09:30:12.000Z', status });
const item = (taskId: string, batchId: string, answers: object[]) => ({ taskId, batchId, input: { text: `Review ${taskId}` }, answers });

/** A project of 600 items over two pages: answers awaiting review on the first and on the second. */
function results() {
  const items = Array.from({ length: 600 }, (_, i) => item(String(i + 1), 'b-1', []));
  items[0] = item('1', 'b-1', [answer('11', 'ACCEPTED'), answer('12', 'SUBMITTED', 'neg')]);
  items[1] = item('2', 'b-2', [answer('21', 'SUBMITTED')]);
  items[550] = item('551', 'b-1', [answer('5511', 'SUBMITTED'), answer('5512', 'REJECTED')]);
  return graphqlFetch((_, { offset, limit }) => ({ data: { projectResults: { total: items.length, items: items.slice(offset as number, (offset as number) + (limit as number)) } } }));
}

describe('fourmi review', () => {
  it('lists only submitted answers, across pages, with their item', async () => {
    const api = results();
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1'], ctx)).toBe(0);
    expect(api.calls.map((c) => c.variables)).toEqual([
      { projectId: 'p-1', offset: 0, limit: 500 },
      { projectId: 'p-1', offset: 500, limit: 500 },
    ]);
    expect(ctx.stdout.text).toBe(
      [
        'ASSIGNMENT  ITEM  WORKER  SUBMITTED             ANSWER           INPUT',
        '12          1     w-7     2026-05-02 09:30 UTC  {"label":"neg"}  {"text":"Review 1"}',
        '21          2     w-7     2026-05-02 09:30 UTC  {"label":"pos"}  {"text":"Review 2"}',
        '5511        551   w-7     2026-05-02 09:30 UTC  {"label":"pos"}  {"text":"Review 551"}',
        '',
      ].join('\n'),
    );
    expect(ctx.stderr.text).toBe('3 answers awaiting review\n');
  });

  it('keeps to one batch, prints bare ids with --ids, and stops at --limit', async () => {
    const ctx = testContext({ fetch: results().fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1', '--batch', 'b-1', '--ids'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('12\n5511\n');
    const api = results();
    const limited = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1', '--ids', '--limit', '1'], limited)).toBe(0);
    expect(limited.stdout.text).toBe('12\n');
    expect(limited.stderr.text).toBe('1 answer shown; more await review (--limit to see more)\n');
    expect(api.calls).toHaveLength(1);
  });

  it('says when nothing awaits review, and checks --limit', async () => {
    const ctx = testContext({ fetch: graphqlFetch(() => ({ data: { projectResults: { total: 0, items: [] } } })).fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('0 answers awaiting review\n');
    const bad = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1', '--limit', 'all'], bad)).toBe(1);
    expect(bad.stderr.text).toBe('fourmi review: --limit must be a whole number, not "all"\n(see `fourmi review --help`)\n');
  });
});
