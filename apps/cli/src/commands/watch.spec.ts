import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const batch = (status: string, completedCount: number) => ({ id: 'b-1', name: 'May', status, itemCount: 4, completedCount });

describe('fourmi watch', () => {
  it('polls the batch’s project until the batch is completed', async () => {
    const states = [batch('PUBLISHED', 1), batch('PUBLISHED', 1), batch('PUBLISHED', 3), batch('COMPLETED', 4)];
    const api = graphqlFetch((query) =>
      query.includes('myProjects')
        ? { data: { myProjects: [{ id: 'p-0', batches: [] }, { id: 'p-1', batches: [states.shift()] }] } }
        : { data: { project: { batches: [{ ...batch('', 0), id: 'other' }, states.shift()] } } },
    );
    const slept: number[] = [];
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' }, sleep: async (ms) => void slept.push(ms) });
    expect(await runCli(['watch', 'b-1'], ctx)).toBe(0);
    expect(api.calls.slice(1).map((c) => c.variables)).toEqual([{ id: 'p-1' }, { id: 'p-1' }, { id: 'p-1' }]);
    expect(slept).toEqual([2000, 2000, 2000]);
    expect(ctx.stderr.text.split('\n')).toEqual([
      'Watching batch "May" (b-1)',
      '[######..................]  25%  1 / 4 items  PUBLISHED',
      '[##################......]  75%  3 / 4 items  PUBLISHED',
      '[########################] 100%  4 / 4 items  COMPLETED',
      '',
    ]);
    expect(ctx.stdout.text).toBe('COMPLETED 4/4\n');
  });

  it('ends at once for a cancelled batch, takes --interval, and names an unknown batch', async () => {
    const api = graphqlFetch(() => ({ data: { myProjects: [{ id: 'p-1', batches: [batch('CANCELLED', 2)] }] } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['watch', 'b-1', '--interval', '0.5'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('CANCELLED 2/4\n');
    const missing = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['watch', 'b-9'], missing)).toBe(1);
    expect(missing.stderr.text).toBe('fourmi watch: no batch b-9 in your projects\n');
    const bad = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['watch', 'b-1', '--interval', 'often'], bad)).toBe(1);
    expect(bad.stderr.text).toContain('--interval must be a positive number of seconds, not "often"');
  });

  it('fails at once on a draft batch, saying how to publish it', async () => {
    const api = graphqlFetch(() => ({ data: { myProjects: [{ id: 'p-1', batches: [batch('DRAFT', 0)] }] } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['watch', 'b-1'], ctx)).toBe(1);
    expect(api.calls).toHaveLength(1);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('fourmi watch: batch "May" (b-1) is still a draft: publish it with `fourmi publish b-1`, or watch with --wait-publish to wait for that\n');
  });

  it('with --wait-publish, waits for a draft to be published, then follows it', async () => {
    const states = [batch('DRAFT', 0), batch('DRAFT', 0), batch('PUBLISHED', 2), batch('COMPLETED', 4)];
    const api = graphqlFetch((query) =>
      query.includes('myProjects') ? { data: { myProjects: [{ id: 'p-1', batches: [states.shift()] }] } } : { data: { project: { batches: [states.shift()] } } },
    );
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['watch', 'b-1', '--wait-publish'], ctx)).toBe(0);
    expect(ctx.stderr.text.split('\n')[0]).toBe('Watching batch "May" (b-1): still a draft, waiting for it to be published');
    expect(ctx.stderr.text).toContain('PUBLISHED');
    expect(ctx.stdout.text).toBe('COMPLETED 4/4\n');
  });
});
