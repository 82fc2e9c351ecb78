import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, publishedProject, until } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

process.env['WEBHOOK_RETRY_DELAY_SECONDS'] = '1';

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { id } }`;

// As in production (NODE_ENV=production, WEBHOOK_ALLOW_PRIVATE unset): webhooks go to public addresses only.
describe('webhooks where private addresses are refused', () => {
  let t: TestApp;
  const calls: string[] = [];
  const receiver = createServer((req, res) => {
    calls.push(String(req.url));
    res.writeHead(200).end();
  });
  let receiverUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ webhookAllowPrivate: false });
    await new Promise<void>((ready) => receiver.listen(0, '127.0.0.1', ready));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((closed) => receiver.close(closed));
  });

  it('refuses to create a webhook to this machine or its network, naming the URL field', async () => {
    const requester = await t.user(Role.REQUESTER);
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    const privateAddress = (host: string) => ({ message: `${host} is a private address`, key: 'field.webhookPrivateAddress', host });
    for (const [url, why] of [
      [receiverUrl, privateAddress('127.0.0.1')],
      ['http://localhost:8080/hook', { message: 'localhost is this machine', key: 'field.webhookThisMachine', host: 'localhost' }],
      ['http://169.254.169.254/latest/meta-data', privateAddress('169.254.169.254')],
      ['http://[::1]/hook', privateAddress('::1')],
    ] as const) {
      const refused = await t.gql(CREATE, { input: { projectId, url, events: ['task.completed'] } }, requester.token);
      // The English as API clients have always read it, and the reason naming the host for the console to word.
      expect(refused.errors?.[0].extensions?.fields).toEqual([
        { path: 'url', message: `Webhooks go to public addresses: ${why.message}`, reason: { key: why.key, params: { host: why.host } } },
      ]);
    }
    expect(await t.sql(`SELECT count(*)::int AS n FROM project_webhooks WHERE project_id = $1`, [projectId])).toEqual([{ n: 0 }]);
  });

  it('refuses to deliver to a private address that a webhook already holds, and says so in the log', async () => {
    const requester = await t.user(Role.REQUESTER);
    const worker = await t.user(Role.WORKER);
    const { projectId } = await publishedProject(t, requester.token, { items: 1, overlap: 1 });
    // A webhook kept from before the rule (or whose name now resolves to a private address).
    await t.sql(`INSERT INTO project_webhooks (project_id, url, secret, events) VALUES ($1, $2, 'whsec_test', '{task.completed}')`, [projectId, receiverUrl]);
    await answerTasks(t, worker.token, projectId);
    await t.settle();
    const log = await until(async () => {
      const { data } = await t.gql(`query($p: ID!) { webhookDeliveries(projectId: $p) { status attempts lastError } }`, { p: projectId }, requester.token);
      const [delivery] = data?.webhookDeliveries ?? [];
      return delivery?.attempts > 0 ? delivery : undefined;
    });
    expect(log.lastError).toBe('Refused: 127.0.0.1 is a private address');
    expect(calls).toEqual([]);
  });
});
