import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const batch = { isGold: false, reserveCents: 0 };

describe('fourmi batches', () => {
  it('lists each batch with its status, progress and reserve, in the project’s currency', async () => {
    const api = graphqlFetch(() => ({
      data: {
        project: {
          currency: 'EUR',
          batches: [
            { ...batch, id: 'b1', name: 'May reviews', status: 'PUBLISHED', itemCount: 1_200, completedCount: 300, reserveCents: 43_200 },
            { ...batch, id: 'b2', name: 'Gold items', status: 'PUBLISHED', isGold: true, itemCount: 10, completedCount: 0 },
            { ...batch, id: 'b3', name: 'June', status: 'DRAFT', itemCount: 5, completedCount: 0, reserveCents: 90 },
          ],
        },
      },
    }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['batches', 'p-1'], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({ id: 'p-1' });
    expect(ctx.stdout.text).toBe(
      [
        'ID  NAME               STATUS     ITEMS  COMPLETED  PROGRESS              RESERVE',
        'b1  May reviews        PUBLISHED  1,200        300  [##........]  25%  432.00 EUR',
        'b2  Gold items (gold)  PUBLISHED     10          0  [..........]   0%    0.00 EUR',
        'b3  June               DRAFT          5          0  [..........]   0%    0.90 EUR',
        '',
      ].join('\n'),
    );
  });

  it('points to upload when there is none, and names a missing project id', async () => {
    const ctx = testContext({ fetch: graphqlFetch(() => ({ data: { project: { currency: 'EUR', batches: [] } } })).fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['batches', 'p-1'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('No batches yet: upload one with `fourmi upload p-1 FILE`.\n');
    const bare = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['batches'], bare)).toBe(1);
    expect(bare.stderr.text).toBe('fourmi batches: missing PROJECT_ID\n(see `fourmi batches --help`)\n');
  });
});
