import { createServer, type Server } from 'node:http';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { answerTasks, CLAIM, publishedProject, submit, until } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { RELAY_LOCK } from './outbox.sql';
import { verifyWebhook } from './webhook-signature';

process.env['WEBHOOK_RETRY_DELAY_SECONDS'] = '1';

/** A requester's webhook endpoint that fails its first `failures` requests, as real ones sometimes do. */
function flakyReceiver(failures: number) {
  const received: { eventId: string; type: string; body: string; signature: string }[] = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls += 1;
      if (calls <= failures) return void res.writeHead(503).end('busy');
      received.push({ eventId: String(req.headers['fourmi-event-id']), type: String(req.headers['fourmi-event-type']), body, signature: String(req.headers['fourmi-signature']) });
      res.writeHead(200).end('ok');
    });
  });
  return {
    received,
    calls: () => calls,
    url: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}/hook`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('events across replicas: subscriptions and webhooks', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('a subscription opened on one replica receives progress caused on the other', async () => {
    const requester = await a.user(Role.REQUESTER);
    const { projectId, batchId } = await publishedProject(a, requester.token, { items: 2, overlap: 1 });
    const client = createClient({ url: a.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${requester.token}` } });
    const progress: { completedCount: number; status: string }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      client.subscribe<{ batchProgress: { completedCount: number; status: string } }>(
        { query: `subscription($id: ID!) { batchProgress(batchId: $id) { completedCount itemCount status } }`, variables: { id: batchId } },
        {
          next: (message) => {
            if (message.errors) reject(new Error(JSON.stringify(message.errors)));
            progress.push(message.data!.batchProgress);
            if (progress.length === 2) resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // let the subscription register
    const worker = await b.user(Role.WORKER);
    let next = (await b.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
    while (next) {
      next = (await submit(b, worker.token, next.id, 'positive')).data?.submitAnswer.next;
      await b.settle(); // relayed by replica b: one progress step per item, not both in one relay pass
    }
    await done;
    await client.dispose();
    expect(progress).toEqual([
      { completedCount: 1, itemCount: 2, status: 'PUBLISHED' },
      { completedCount: 2, itemCount: 2, status: 'COMPLETED' },
    ]);
  });

  it('counts one relay pass’s completions on each of its batches, each batch completing once', async () => {
    const requester = await a.user(Role.REQUESTER);
    const first = await publishedProject(a, requester.token, { items: 2, overlap: 1 });
    const second = await publishedProject(a, requester.token, { items: 1, overlap: 1 });
    const client = createClient({ url: a.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${requester.token}` } });
    const progress: { completedCount: number; status: string }[] = [];
    client.subscribe<{ batchProgress: { completedCount: number; status: string } }>(
      { query: `subscription($id: ID!) { batchProgress(batchId: $id) { completedCount status } }`, variables: { id: first.batchId } },
      { next: (message) => void progress.push(message.data!.batchProgress), error: () => undefined, complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 300)); // let the subscription register
    // Holding the relay's turn keeps both replicas from relaying, so one pass then carries all three items.
    const holder = new pg.Client({ connectionString: a.databaseUrl });
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(${RELAY_LOCK})`);
    const worker = await b.user(Role.WORKER);
    for (const { projectId } of [first, second]) {
      let next = (await b.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      while (next) next = (await submit(b, worker.token, next.id, 'positive')).data?.submitAnswer.next;
    }
    await new Promise((r) => setTimeout(r, 200)); // polls that find the turn taken
    expect(await a.sql(`SELECT count(*)::int AS n FROM event_outbox WHERE event->>'type' = 'task.completed'`)).toEqual([{ n: 3 }]);
    await holder.end();
    await b.settle();
    await a.settle();
    const batches = await a.sql(`SELECT id, completed_count, status FROM batches WHERE id = ANY ($1) ORDER BY completed_count`, [[first.batchId, second.batchId]]);
    expect(batches).toEqual([
      { id: second.batchId, completed_count: 1, status: 'COMPLETED' },
      { id: first.batchId, completed_count: 2, status: 'COMPLETED' },
    ]);
    await until(() => (progress.length ? true : undefined), 5000);
    await client.dispose();
    expect(progress).toEqual([{ completedCount: 2, status: 'COMPLETED' }]);
  });

  it('refuses subscriptions to somebody else’s batch', async () => {
    const owner = await a.user(Role.REQUESTER);
    const stranger = await a.user(Role.REQUESTER);
    const { batchId } = await publishedProject(a, owner.token, { items: 1, overlap: 1 });
    const client = createClient({ url: a.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${stranger.token}` } });
    const errors = await new Promise<readonly { message: string }[]>((resolve) => {
      client.subscribe(
        { query: `subscription($id: ID!) { batchProgress(batchId: $id) { completedCount } }`, variables: { id: batchId } },
        { next: (m) => m.errors && resolve(m.errors), error: (e) => resolve(Array.isArray(e) ? e : [{ message: String(e) }]), complete: () => undefined },
      );
    });
    await client.dispose();
    expect(errors[0].message).toMatch(/^No such (batch|project)$/);
  });

  it('closes a live socket that brings no valid token, before any subscription', async () => {
    const requester = await a.user(Role.REQUESTER);
    const forged = requester.token.slice(0, -4) + 'AAAA';
    for (const connectionParams of [{}, { authorization: `Bearer ${forged}` }]) {
      const closed = await new Promise<number>((resolve) => {
        const client = createClient({ url: a.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, on: { closed: (e) => resolve((e as { code: number }).code) } });
        client.subscribe({ query: `subscription { projectEvents(projectId: "00000000-0000-0000-0000-000000000000") { id } }` }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect(closed).toBe(4403);
    }
  });

  it('delivers each webhook event once, signed, even when the receiver fails the first attempts', async () => {
    const receiver = flakyReceiver(2);
    const url = await receiver.url();
    try {
      const requester = await a.user(Role.REQUESTER);
      const { projectId } = await publishedProject(a, requester.token, { items: 1, overlap: 1 });
      const hook = await a.gql(
        `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { id secret events } }`,
        { input: { projectId, url, events: ['task.completed'] } },
        requester.token,
      );
      const { secret } = hook.data!.createWebhook;
      const worker = await b.user(Role.WORKER);
      const lease = (await b.gql(CLAIM, { projectId }, worker.token)).data?.claimNext;
      await submit(b, worker.token, lease.id, 'negative');

      const delivered = await until(() => (receiver.received.length ? receiver.received : undefined));
      await new Promise((r) => setTimeout(r, 2500)); // a duplicate would arrive by now
      expect(receiver.received).toHaveLength(1);
      expect(receiver.calls()).toBe(3);
      const [event] = delivered;
      expect(event.type).toBe('task.completed');
      expect(verifyWebhook(secret, event.body, event.signature)).toBe(true);
      expect(JSON.parse(event.body)).toMatchObject({ id: event.eventId, type: 'task.completed', projectId, consensus: { voteKey: 'negative', votes: 1 } });

      const log = await a.gql(`query($id: ID!) { webhookDeliveries(projectId: $id) { eventId status attempts lastStatusCode } }`, { id: projectId }, requester.token);
      expect(log.data?.webhookDeliveries).toEqual([{ eventId: event.eventId, status: 'DELIVERED', attempts: 3, lastStatusCode: 200 }]);
    } finally {
      await receiver.close();
    }
  });

  it('tells a webhook of each answer accepted or rejected, on appeal too, with the answer’s item', async () => {
    const receiver = flakyReceiver(0);
    const url = await receiver.url();
    try {
      const requester = await a.user(Role.REQUESTER);
      const admin = await a.user(Role.ADMIN);
      const { projectId, batchId } = await publishedProject(a, requester.token, { items: 3, overlap: 1 });
      const hook = await a.gql(
        `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`,
        { input: { projectId, url, events: ['assignment.accepted', 'assignment.rejected'] } },
        requester.token,
      );
      const worker = await b.user(Role.WORKER);
      const ids = await answerTasks(b, worker.token, projectId);
      // Decided once the batch's completion is relayed (a decision racing with it has its own spec, in
      // review/appeals.int-spec.ts).
      await a.settle();
      await a.gql(`mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }`, { ids: ids.slice(0, 2) }, requester.token);
      await a.gql(`mutation($ids: [ID!]!) { rejectAssignments(ids: $ids, reason: "Wrong label") { id } }`, { ids: [ids[2]] }, requester.token);
      const appeal = await b.gql(`mutation($id: ID!) { appealRejection(assignmentId: $id, message: "My label matches the instructions.") { appealId } }`, { id: ids[2] }, worker.token);
      expect(appeal.errors).toBeUndefined();
      const decided = await a.gql(`mutation($id: ID!) { decideAppeal(appealId: $id, overturn: true, note: "Right") { appealStatus } }`, { id: appeal.data?.appealRejection.appealId }, admin.token);
      expect(decided.errors).toBeUndefined();

      await until(() => (receiver.received.length >= 4 ? true : undefined)).catch(async (error) => {
        const log = await a.sql(`SELECT event_type, status, attempts, last_error FROM webhook_deliveries d JOIN project_webhooks w ON w.id = d.webhook_id WHERE w.project_id = $1`, [projectId]);
        throw new Error(`${error.message}: received ${JSON.stringify(receiver.received.map((r) => r.type))}, log ${JSON.stringify(log)}, outbox ${JSON.stringify(await a.sql('SELECT count(*) FROM event_outbox'))}`);
      });
      expect(receiver.received.every((r) => verifyWebhook(hook.data!.createWebhook.secret, r.body, r.signature))).toBe(true);
      const tasks = await a.sql(`SELECT id::text AS "assignmentId", task_id::text AS "taskId" FROM assignments WHERE id = ANY($1::bigint[])`, [ids]);
      const about = (id: string) => ({ projectId, batchId, ...tasks.find((t) => t.assignmentId === id), id: expect.any(String), at: expect.any(String) });
      // Deliveries run in parallel: in any order, each once.
      await new Promise((r) => setTimeout(r, 1000));
      const events = receiver.received.map((r) => JSON.parse(r.body));
      expect(events).toHaveLength(4);
      expect(events).toEqual(
        expect.arrayContaining([
          { type: 'assignment.accepted', ...about(ids[0]), overturned: false },
          { type: 'assignment.accepted', ...about(ids[1]), overturned: false },
          { type: 'assignment.rejected', ...about(ids[2]), overturned: false },
          { type: 'assignment.accepted', ...about(ids[2]), overturned: true },
        ]),
      );
      expect(events.every((e) => new Date(e.at).toISOString() === e.at)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('names the bad fields of a webhook', async () => {
    const requester = await a.user(Role.REQUESTER);
    const { projectId } = await publishedProject(a, requester.token, { items: 1, overlap: 1 });
    const bad = await a.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { id } }`, { input: { projectId, url: 'ftp://x', events: ['task.exploded'] } }, requester.token);
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.path)).toEqual(['url', 'events']);
  });
});
