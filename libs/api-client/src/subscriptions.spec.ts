import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { useServer } from 'graphql-ws/use/ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { ConsoleBatchProgressDocument } from './generated';
import { createSubscriber, retryWait, socketUrl, type LiveStatus, type Subscriber } from './subscriptions';

// graphql as Node loads it for graphql-ws (CommonJS): Vite's copy of it (ESM) is another realm to graphql-js.
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// A graphql-ws server of the API's shape: the token arrives in the connection params, and a batch
// streams its progress to whoever owns it.
const schema = buildSchema(`
  enum BatchStatus { DRAFT PUBLISHED PAUSED COMPLETED CANCELLED }
  type BatchProgress { batchId: ID! itemCount: Int! completedCount: Int! status: BatchStatus! }
  type Query { ok: Boolean }
  type Subscription { batchProgress(batchId: ID!): BatchProgress! }
`);

async function* progressOf(batchId: string, token: unknown) {
  if (token !== 'Bearer requester-token') throw new Error('Not your batch');
  for (const completedCount of [1, 2, 3]) yield { batchProgress: { batchId, itemCount: 3, completedCount, status: completedCount === 3 ? 'COMPLETED' : 'PUBLISHED' } };
}

let http: Server;
let url: string;
let subscriber: Subscriber | undefined;
let connections: number;

beforeEach(async () => {
  http = createServer();
  connections = 0;
  const sockets = new WebSocketServer({ server: http, path: '/graphql' });
  useServer(
    {
      schema,
      // As the API: a socket without a valid token is closed (4403); a valid one may still not own the batch.
      onConnect: (ctx) => {
        connections += 1;
        return String(ctx.connectionParams?.['authorization']).startsWith('Bearer ');
      },
      context: (ctx) => ({ token: ctx.connectionParams?.['authorization'] }),
      roots: { subscription: { batchProgress: ({ batchId }: { batchId: string }, context: { token: unknown }) => progressOf(batchId, context.token) } },
    },
    sockets,
  );
  await new Promise<void>((ready) => http.listen(0, '127.0.0.1', ready));
  url = socketUrl('/graphql', `http://127.0.0.1:${(http.address() as AddressInfo).port}/console/projects/p1`);
});

afterEach(async () => {
  subscriber?.dispose();
  http.closeAllConnections();
  await new Promise((closed) => http.close(closed));
});

function collect(token: string | null, retryAttempts = 0) {
  const statuses: LiveStatus[] = [];
  const live = createSubscriber({ url, getToken: () => token, webSocketImpl: WebSocket, retryAttempts });
  subscriber = live;
  live.watchStatus((s) => statuses.push(s));
  const seen: number[] = [];
  const done = new Promise<string | null>((resolve) => {
    live.subscribe(ConsoleBatchProgressDocument, { batchId: 'b1' }, {
      next: (data) => {
        seen.push(data.batchProgress.completedCount);
        if (data.batchProgress.status === 'COMPLETED') resolve(null);
      },
      error: (error) => resolve(error.message),
    });
  });
  return { seen, statuses, done };
}

describe('createSubscriber', () => {
  it('streams a batch’s progress to its owner over one socket, sending the token at connect', async () => {
    const { seen, statuses, done } = await collect('requester-token');
    expect(await done).toBeNull();
    expect(seen).toEqual([1, 2, 3]);
    expect(statuses.slice(0, 2)).toEqual(['connecting', 'live']);
  });

  it('does not knock again on a socket refused for its token', async () => {
    const { seen, statuses, done } = await collect(null, 5);
    expect(await done).toBe('Forbidden');
    await new Promise((r) => setTimeout(r, 1_500)); // a retry would have come by now (1 s at first)
    expect(connections).toBe(1);
    expect(statuses.at(-1)).toBe('offline');
    expect(seen).toEqual([]);
  });

  it('reports the server’s refusal as an error, not as data', async () => {
    const { seen, done } = await collect('stranger-token');
    expect(await done).toBe('Not your batch');
    expect(seen).toEqual([]);
  });

  it('builds the socket’s address from the page’s', () => {
    expect(socketUrl('/graphql', 'https://fourmi.example/console/')).toBe('wss://fourmi.example/graphql');
    expect(socketUrl('/graphql', 'http://localhost:4300/console/projects/1')).toBe('ws://localhost:4300/graphql');
    expect(socketUrl('https://api.fourmi.example/graphql', 'http://localhost:4300/')).toBe('wss://api.fourmi.example/graphql');
  });
});

describe('retryWait', () => {
  it('doubles from one second and stops at thirty, with under a second of jitter', async () => {
    vi.useFakeTimers();
    try {
      for (const [retries, seconds] of [[0, 1], [3, 8], [4, 16], [5, 30], [40, 30]] as const) {
        let done = false;
        void retryWait(retries).then(() => (done = true));
        await vi.advanceTimersByTimeAsync(seconds * 1000 - 1);
        expect(done).toBe(false);
        await vi.advanceTimersByTimeAsync(1001);
        expect(done).toBe(true);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
