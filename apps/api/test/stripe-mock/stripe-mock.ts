import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local Stripe-compatible API for the tests: just the endpoints Fourmi calls, with Stripe's
 * form-encoded requests, idempotency keys and error shapes, so the real SDK talks to it unchanged.
 * Webhooks are signed like Stripe's (`generateTestHeaderString`) and posted by the test.
 */
export interface StripeMock {
  port: number;
  secretKey: string;
  webhookSecret: string;
  sessions: Map<string, Record<string, any>>;
  transfers: Record<string, any>[];
  accounts: Set<string>;
  /** The next `n` transfer creations fail with a 500 after nothing was created (outcome unknown to the caller). */
  failTransfers(n: number): void;
  /** The customer pays a session; returns the `checkout.session.completed` event. */
  pay(sessionId: string): StripeEvent;
  event(type: string, object: Record<string, any>): StripeEvent;
  /** Posts a signed event to the app's webhook; returns the HTTP status and body. */
  deliver(appUrl: string, event: StripeEvent, options?: { secret?: string }): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export interface StripeEvent {
  id: string;
  object: 'event';
  type: string;
  created: number;
  data: { object: Record<string, any> };
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** Decodes Stripe's form encoding (`a[b][0][c]=x`) into nested objects; numeric keys become arrays. */
export function decodeForm(body: string): Record<string, any> {
  const root: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = node[part] ??= /^\d+$/.test(path[i + 1]) ? [] : {};
    });
  }
  return root;
}

function error(res: ServerResponse, status: number, type: string, message: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
  res.end(JSON.stringify({ error: { type, message, ...extra } }));
}

export async function startStripeMock(): Promise<StripeMock> {
  const secretKey = `sk_test_${randomBytes(8).toString('hex')}`;
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const sessions = new Map<string, Record<string, any>>();
  const transfers: Record<string, any>[] = [];
  const accounts = new Set<string>();
  const idempotent = new Map<string, { status: number; body: string }>();
  let failing = 0;

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    if (req.headers.authorization !== `Bearer ${secretKey}`) return error(res, 401, 'invalid_request_error', 'Invalid API Key provided');
    const url = new URL(req.url ?? '/', 'http://stripe.test');
    const params = req.method === 'POST' ? decodeForm(raw) : Object.fromEntries(url.searchParams);
    const send = (body: Record<string, any>, status = 200) => {
      const text = JSON.stringify(body);
      const key = req.headers['idempotency-key'];
      if (req.method === 'POST' && typeof key === 'string') idempotent.set(key, { status, body: text });
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(text);
    };
    const key = req.headers['idempotency-key'];
    if (req.method === 'POST' && typeof key === 'string' && idempotent.has(key)) {
      const saved = idempotent.get(key)!;
      res.writeHead(saved.status, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
      return res.end(saved.body);
    }
    const route = `${req.method} ${url.pathname}`;
    if (route === 'POST /v1/checkout/sessions') {
      const item = params['line_items']?.[0];
      const session = {
        id: id('cs_test'),
        object: 'checkout.session',
        mode: params['mode'],
        amount_total: Number(item?.price_data?.unit_amount) * Number(item?.quantity ?? 1),
        currency: item?.price_data?.currency,
        payment_status: 'unpaid',
        status: 'open',
        client_reference_id: params['client_reference_id'] ?? null,
        metadata: params['metadata'] ?? {},
        success_url: params['success_url'],
        url: '',
      };
      session.url = `https://checkout.stripe.test/c/pay/${session.id}`;
      sessions.set(session.id, session);
      return send(session);
    }
    const sessionMatch = /^GET \/v1\/checkout\/sessions\/([\w]+)$/.exec(route);
    if (sessionMatch) {
      const session = sessions.get(sessionMatch[1]);
      return session ? send(session) : error(res, 404, 'invalid_request_error', `No such checkout.session: '${sessionMatch[1]}'`, { code: 'resource_missing' });
    }
    if (route === 'POST /v1/accounts') {
      const account = { id: id('acct'), object: 'account', type: params['type'], metadata: params['metadata'] ?? {} };
      accounts.add(account.id);
      return send(account);
    }
    if (route === 'POST /v1/account_links') {
      if (!accounts.has(params['account'])) return error(res, 400, 'invalid_request_error', `No such account: '${params['account']}'`, { param: 'account', code: 'resource_missing' });
      return send({ object: 'account_link', url: `https://connect.stripe.test/setup/${params['account']}`, expires_at: Math.floor(Date.now() / 1000) + 300 });
    }
    if (route === 'POST /v1/transfers') {
      if (failing > 0) {
        failing -= 1;
        // A 500 is not kept for the idempotency key in this mock, so a retry can succeed.
        res.writeHead(500, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { type: 'api_error', message: 'Something went wrong on Stripe’s end' } }));
      }
      if (!accounts.has(params['destination'])) {
        return error(res, 400, 'invalid_request_error', `No such destination: '${params['destination']}'`, { param: 'destination', code: 'resource_missing' });
      }
      const transfer = {
        id: id('tr'),
        object: 'transfer',
        amount: Number(params['amount']),
        currency: params['currency'],
        destination: params['destination'],
        transfer_group: params['transfer_group'] ?? null,
        metadata: params['metadata'] ?? {},
        reversed: false,
      };
      transfers.push(transfer);
      return send(transfer);
    }
    if (route === 'GET /v1/transfers') {
      const data = transfers.filter((t) => !params['transfer_group'] || t['transfer_group'] === params['transfer_group']);
      return send({ object: 'list', url: '/v1/transfers', has_more: false, data: data.slice(0, Number(params['limit'] ?? 10)) });
    }
    return error(res, 404, 'invalid_request_error', `Unrecognized request URL (${req.method}: ${url.pathname})`);
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => handle(req, res, raw));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const event = (type: string, object: Record<string, any>): StripeEvent => ({ id: id('evt'), object: 'event', type, created: Math.floor(Date.now() / 1000), data: { object } });

  return {
    port,
    secretKey,
    webhookSecret,
    sessions,
    transfers,
    accounts,
    failTransfers: (n) => {
      failing = n;
    },
    pay(sessionId) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`No such session ${sessionId}`);
      Object.assign(session, { payment_status: 'paid', status: 'complete' });
      return event('checkout.session.completed', { ...session });
    },
    event,
    async deliver(appUrl, e, options = {}) {
      const payload = JSON.stringify(e);
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? webhookSecret });
      const response = await fetch(`${appUrl}/api/stripe/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
