import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const batch = (status: string) => ({ id: 'b-1', name: 'May', status, reserveCents: 240 });

describe('fourmi publish, pause, resume, complete, cancel', () => {
  it.each([
    ['pause', 'pauseBatch', 'PAUSED', 'is paused'],
    ['resume', 'resumeBatch', 'PUBLISHED', 'is running again'],
    ['complete', 'completeBatch', 'COMPLETED', 'is completed'],
    ['cancel', 'cancelBatch', 'CANCELLED', 'is cancelled'],
  ])('%s calls %s on the batch and says its new status', async (command, mutation, status, done) => {
    const api = graphqlFetch(() => ({ data: { [mutation]: batch(status) } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli([command, 'b-1'], ctx)).toBe(0);
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].query).toContain(`${mutation}(batchId: $id)`);
    expect(api.calls[0].variables).toEqual({ id: 'b-1' });
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe(`Batch "May" (b-1) ${done} (${status})\n`);
  });

  it('publish says what was reserved and what is left', async () => {
    const api = graphqlFetch((query) =>
      query.includes('publishBatch') ? { data: { publishBatch: batch('PUBLISHED') } } : { data: { myBalance: { availableCents: 8_532, currency: 'EUR' } } },
    );
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['publish', 'b-1'], ctx)).toBe(0);
    expect(ctx.stderr.text).toBe('Batch "May" (b-1) is published (PUBLISHED)\nReserved 2.40 EUR; 85.32 EUR left available\n');
  });

  it('publish short of money says how to top up, exit code 1', async () => {
    const api = graphqlFetch(() => ({ errors: [{ message: 'Your balance is short by €1.20; top up and publish again', extensions: { code: 'INSUFFICIENT_FUNDS' } }] }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['publish', 'b-1'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe(
      'fourmi publish: Your balance is short by €1.20; top up and publish again (INSUFFICIENT_FUNDS)\n' +
        '  see your balance with `fourmi balance`, add to it with `fourmi top-up AMOUNT`, then run `fourmi publish b-1`\n',
    );
  });

  it('passes on a refused move, and needs the batch id', async () => {
    const api = graphqlFetch(() => ({ errors: [{ message: 'A completed batch cannot become paused', extensions: { code: 'CONFLICT' } }] }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['pause', 'b-1'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe('fourmi pause: A completed batch cannot become paused (CONFLICT)\n');
    const bare = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['cancel'], bare)).toBe(1);
    expect(bare.stderr.text).toBe('fourmi cancel: missing BATCH_ID\n(see `fourmi cancel --help`)\n');
  });
});
