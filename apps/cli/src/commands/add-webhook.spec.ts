import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';
import { parseEvents, WEBHOOK_EVENTS } from './add-webhook';

describe('fourmi add-webhook', () => {
  it('creates the webhook and prints its secret on standard output only', async () => {
    const api = graphqlFetch((_query, variables) => {
      const input = variables['input'] as { url: string; events: string[] };
      return { data: { createWebhook: { id: 'w-1', url: input.url, events: input.events, secret: 'whsec_abc' } } };
    });
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['add-webhook', 'p-1', 'https://example.org/hook', '--events', 'batch.completed, task.completed,batch.completed'], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({ input: { projectId: 'p-1', url: 'https://example.org/hook', events: ['batch.completed', 'task.completed'] } });
    expect(ctx.stdout.text).toBe('whsec_abc\n');
    expect(ctx.stderr.text).toBe('Webhook w-1 sends batch.completed, task.completed to https://example.org/hook; its signing secret (above) is not shown again\n');
    expect(ctx.stderr.text).not.toContain('whsec_abc');
  });

  it('takes all, and names unknown or missing events before calling the API', async () => {
    expect(parseEvents('all')).toEqual([...WEBHOOK_EVENTS]);
    expect(() => parseEvents('batch.done,task.completed')).toThrow('--events: unknown "batch.done" (known: batch.published, ');
    expect(() => parseEvents(' , ')).toThrow('--events needs at least one event');
    const ctx = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['add-webhook', 'p-1', 'https://example.org/hook'], ctx)).toBe(1);
    expect(ctx.stderr.text).toMatch(/^fourmi add-webhook: missing --events \(comma-separated, or all: batch\.published, .*\)\n\(see `fourmi add-webhook --help`\)\n$/);
  });

  it('shows the API’s refusal of the URL', async () => {
    const api = graphqlFetch(() => ({
      errors: [{ message: 'Enter an http:// or https:// URL', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'url', message: 'Enter an http:// or https:// URL' }] } }],
    }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['add-webhook', 'p-1', 'ftp://example.org', '--events', 'all'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe('fourmi add-webhook: Enter an http:// or https:// URL\n');
    expect(ctx.stdout.text).toBe('');
  });
});
