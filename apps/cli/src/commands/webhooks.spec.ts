import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const hooks = [
  { id: 'w-1', url: 'https://example.org/fourmi', events: ['batch.completed', 'task.completed'], createdAt: '2026-12-01T09:00:00.000Z' },
  { id: 'w-2', url: 'https://example.org/quiet', events: ['assignment.submitted'], createdAt: '2026-12-01T09:00:00.000Z' },
];
const delivery = (status: string, lastStatusCode: number | null, lastError: string | null, createdAt: string) => ({
  webhookId: 'w-1',
  eventType: 'task.completed',
  status,
  attempts: status === 'FAILED' ? 5 : 1,
  lastStatusCode,
  lastError,
  createdAt,
});

describe('fourmi webhooks', () => {
  it('lists each webhook with its events, its recent outcomes and its last delivery, never the secret', async () => {
    const api = graphqlFetch((query) =>
      query.includes('webhookDeliveries')
        ? {
            data: {
              webhookDeliveries: [
                delivery('FAILED', 500, 'Internal Server Error', '2026-12-02T10:05:00.000Z'),
                delivery('DELIVERED', 200, null, '2026-12-02T10:00:00.000Z'),
                delivery('DELIVERED', 204, null, '2026-12-02T09:00:00.000Z'),
              ],
            },
          }
        : { data: { webhooks: hooks } },
    );
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['webhooks', 'p-1'], ctx)).toBe(0);
    expect(api.calls.map((c) => c.variables)).toEqual([{ id: 'p-1' }, { id: 'p-1', limit: 100 }]);
    expect(api.calls[0].query).not.toContain('secret');
    expect(ctx.stdout.text.split('\n')).toEqual([
      'ID   URL                         EVENTS                          RECENT                            LAST',
      'w-1  https://example.org/fourmi  batch.completed,task.completed  2 delivered, 1 failed, 0 pending  FAILED task.completed 2026-12-02 10:05 (5 attempts; HTTP 500 Internal Server Error)',
      'w-2  https://example.org/quiet   assignment.submitted            -                                 none yet',
      '',
    ]);
  });

  it('says how to add one when there is none', async () => {
    const api = graphqlFetch(() => ({ data: { webhooks: [] } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['webhooks', 'p-1'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('No webhooks yet: add one with `fourmi add-webhook p-1 URL --events EVENTS`.\n');
    expect(api.calls).toHaveLength(1);
  });
});

describe('fourmi remove-webhook', () => {
  it('stops the webhook by id', async () => {
    const api = graphqlFetch(() => ({ data: { deleteWebhook: true } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['remove-webhook', 'w-1'], ctx)).toBe(0);
    expect(api.calls[0]).toMatchObject({ query: expect.stringContaining('deleteWebhook'), variables: { id: 'w-1' } });
    expect(ctx.stderr.text).toBe('Removed webhook w-1: it is sent nothing more\n');
  });

  it('shows the API’s refusal', async () => {
    const api = graphqlFetch(() => ({ errors: [{ message: 'No such webhook', extensions: { code: 'NOT_FOUND' } }] }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['remove-webhook', 'w-9'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe('fourmi remove-webhook: No such webhook (NOT_FOUND)\n');
  });
});
