import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { ConsolePage, sentimentProject } from './pages/console.page';
import { WorkerPage } from './pages/worker.page';

const DEMO_PASSWORD = 'fourmi-demo-2026';

/**
 * A requester's receiver, written as the console's instructions say: it checks `Fourmi-Signature`
 * (`t=…,v1=` HMAC-SHA256 of "t.body" with the secret) and is down for its first request.
 */
function receiver() {
  const events: { id: string; type: string; body: string; signature: string }[] = [];
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls += 1;
      if (calls === 1) return void res.writeHead(503).end('down for a minute');
      events.push({ id: String(req.headers['fourmi-event-id']), type: String(req.headers['fourmi-event-type']), body, signature: String(req.headers['fourmi-signature']) });
      res.writeHead(200).end();
    });
  });
  const signedBy = (secret: string, e: { body: string; signature: string }) => {
    const { t, v1 } = Object.fromEntries(e.signature.split(',').map((part) => part.split('=')));
    return v1 === createHmac('sha256', secret).update(`${t}.${e.body}`).digest('hex');
  };
  return { server, events, signedBy };
}

test('a requester adds a webhook, gets each completed item once and signed, and reads the delivery log', async ({ browser }) => {
  const hooks = receiver();
  await new Promise<void>((ready) => hooks.server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(hooks.server.address() as AddressInfo).port}/fourmi`;
  const project = `Hooks ${Date.now()}`;
  try {
    const requester = new ConsolePage(await browser.newPage());
    await requester.signIn('requester@fourmi.test', DEMO_PASSWORD);
    await requester.createProject(sentimentProject(project, '0.05', 1));
    const webhooks = requester.page.getByRole('region', { name: 'Webhooks' });
    await webhooks.getByLabel('URL').fill(url);
    await webhooks.getByRole('button', { name: 'Add the webhook' }).click(); // task.completed is checked already
    await expect(webhooks.getByText('Webhook added.')).toBeVisible();
    const secret = (await webhooks.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);

    await requester.addItems('Hooked reviews', ['Works well.', 'Stopped after a week.']);
    await requester.publish('Hooked reviews');
    const worker = new WorkerPage(await browser.newPage());
    await worker.signIn('worker@fourmi.test', DEMO_PASSWORD);
    await worker.start(project);
    await worker.answer({ key: '1' }, 1);
    await worker.answer({ key: '2' }, 2);

    // Two items completed: two events, each delivered once (the first after a retry), signed with the secret.
    await expect.poll(() => hooks.events.length, { timeout: 30_000 }).toBe(2);
    expect(hooks.events.every((e) => e.type === 'task.completed' && hooks.signedBy(secret, e))).toBe(true);
    expect(new Set(hooks.events.map((e) => e.id)).size).toBe(2);
    expect(hooks.events.map((e) => JSON.parse(e.body).consensus?.voteKey).sort()).toEqual(['negative', 'positive']);

    // The log shows both delivered; one needed a second attempt.
    const log = webhooks.getByRole('table', { name: 'Delivery log' });
    await expect(async () => {
      await webhooks.getByRole('button', { name: 'Refresh the log' }).click();
      await expect(log.locator('tbody tr').filter({ hasText: 'Delivered' })).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const attempts = await log.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(attempts.sort()).toEqual(['1', '2']);
    // Each delivery says where it went (a project may have several webhooks for one event).
    await expect(log.locator('tbody tr').filter({ hasText: url })).toHaveCount(2);
  } finally {
    await new Promise((closed) => hooks.server.close(closed));
  }
});
