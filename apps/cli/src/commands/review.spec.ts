import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const answer = (assignmentId: string, taskId: string, batchId: string, label = 'pos') => ({
  assignmentId,
  taskId,
  batchId,
  workerId: 'W-0000beef',
  answer: { label },
  submittedAt: '2026-05-02T09:30:12.000Z',
  input: { text: `Review ${taskId}` },
});

/** 601 answers awaiting review, oldest first, served as the API pages them (after the last id, by batch). */
function awaiting() {
  const all = [answer('12', '1', 'b-1', 'neg'), answer('21', '2', 'b-2'), ...Array.from({ length: 599 }, (_, i) => answer(String(100 + i), String(3 + i), 'b-1'))];
  return graphqlFetch((_, { batchId, after, limit }) => {
    const of = all.filter((a) => batchId === null || a.batchId === batchId);
    const from = after === null ? 0 : of.findIndex((a) => a.assignmentId === after) + 1;
    return { data: { answersToReview: of.slice(from, from + (limit as number)) } };
  });
}

describe('fourmi review', () => {
  it('lists the answers awaiting review with their item, page after page', async () => {
    const api = awaiting();
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1', '--limit', '600'], ctx)).toBe(0);
    expect(api.calls.map((c) => c.variables)).toEqual([
      { projectId: 'p-1', batchId: null, after: null, limit: 500 },
      { projectId: 'p-1', batchId: null, after: '597', limit: 101 },
    ]);
    const lines = ctx.stdout.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'ASSIGNMENT  ITEM  WORKER      SUBMITTED             ANSWER           INPUT',
      '12          1     W-0000beef  2026-05-02 09:30 UTC  {"label":"neg"}  {"text":"Review 1"}',
      '21          2     W-0000beef  2026-05-02 09:30 UTC  {"label":"pos"}  {"text":"Review 2"}',
    ]);
    expect(lines).toHaveLength(602); // the header, 600 answers and the final newline
    expect(ctx.stderr.text).toBe('600 answers shown; more await review (--limit to see more)\n');
  });

  it('keeps to one batch, prints bare ids with --ids, and stops at --limit', async () => {
    const ctx = testContext({ fetch: awaiting().fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1', '--batch', 'b-2', '--ids'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('21\n');
    expect(ctx.stderr.text).toBe('1 answer awaiting review\n');
    const api = awaiting();
    const limited = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1', '--ids', '--limit', '1'], limited)).toBe(0);
    expect(limited.stdout.text).toBe('12\n');
    expect(limited.stderr.text).toBe('1 answer shown; more await review (--limit to see more)\n');
    expect(api.calls.map((c) => c.variables.limit)).toEqual([2]);
  });

  it('says when nothing awaits review, and checks --limit', async () => {
    const ctx = testContext({ fetch: graphqlFetch(() => ({ data: { answersToReview: [] } })).fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('0 answers awaiting review\n');
    const bad = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['review', 'p-1', '--limit', 'all'], bad)).toBe(1);
    expect(bad.stderr.text).toBe('fourmi review: --limit must be a whole number, not "all"\n(see `fourmi review --help`)\n');
  });
});
