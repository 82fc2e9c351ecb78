import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postWebhook } from './webhook-post';

let server: Server;
let url: string;
let received: { headers: IncomingMessage['headers']; body: string }[];
let answer: number;

beforeEach(async () => {
  received = [];
  answer = 204;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer, answer === 302 ? { location: 'http://169.254.169.254/' } : {}).end();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});

afterEach(() => new Promise((closed) => server.close(closed)));

describe('postWebhook', () => {
  it('POSTs the body with its headers where private addresses are allowed', async () => {
    expect(await postWebhook(url, '{"type":"task.completed"}', { 'fourmi-event-id': 'e1', 'content-type': 'application/json' }, true)).toEqual({ status: 204, error: null });
    expect(received).toHaveLength(1);
    expect(received[0].body).toBe('{"type":"task.completed"}');
    expect(received[0].headers['fourmi-event-id']).toBe('e1');
  });

  it('refuses a private receiver without connecting to it', async () => {
    expect(await postWebhook(url, '{}', {}, false)).toEqual({ status: null, error: 'Refused: 127.0.0.1 is a private address' });
    const byName = url.replace('127.0.0.1', 'localhost');
    expect(await postWebhook(byName, '{}', {}, false)).toEqual({ status: null, error: 'Refused: localhost is this machine' });
    expect(received).toHaveLength(0);
  });

  it('counts a redirect or an error status as a failed attempt, and does not follow it', async () => {
    answer = 302;
    expect(await postWebhook(url, '{}', {}, true)).toEqual({ status: 302, error: 'HTTP 302' });
    answer = 500;
    expect(await postWebhook(url, '{}', {}, true)).toEqual({ status: 500, error: 'HTTP 500' });
    expect(received).toHaveLength(2);
  });

  it('takes the status of a receiver whose answer never ends, and hangs up on it', async () => {
    let hungUp = false;
    const endless = createServer((_req, res) => {
      res.writeHead(200);
      const drip = setInterval(() => res.write('x'.repeat(1024)), 5);
      res.on('close', () => {
        clearInterval(drip);
        hungUp = true;
      });
    });
    await new Promise<void>((ready) => endless.listen(0, '127.0.0.1', ready));
    try {
      const at = `http://127.0.0.1:${(endless.address() as AddressInfo).port}/`;
      expect(await postWebhook(at, '{}', {}, true)).toEqual({ status: 200, error: null });
      await expect.poll(() => hungUp, { timeout: 2_000 }).toBe(true);
    } finally {
      endless.closeAllConnections();
      await new Promise((closed) => endless.close(closed));
    }
  });

  it('says when nobody answers at the address', async () => {
    await new Promise((closed) => server.close(closed));
    const attempt = await postWebhook(url, '{}', {}, true);
    expect(attempt.status).toBeNull();
    expect(attempt.error).toMatch(/ECONNREFUSED/);
    server = createServer().listen(0); // for afterEach
  });
});
