import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { CloseCode, createClient as createWsClient, type Client } from 'graphql-ws/client';
import { toApiError, type ApiError } from './errors';

/** Whether live updates flow: `connecting` until the socket is open, `live` while it is, `offline` after it dropped (it retries). */
export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface SubscriberOptions {
  /** The WebSocket endpoint, e.g. `ws://host/graphql`; see `socketUrl`. */
  url: string;
  /** Read at each (re)connection, so a new sign-in applies to the next socket. */
  getToken?: () => string | null | undefined;
  /** For Node and tests; browsers have WebSocket. */
  webSocketImpl?: unknown;
  /** Retries after a dropped socket (default: for as long as the page is open), backing off as `retryWait`. */
  retryAttempts?: number;
}

export interface SubscriptionHandlers<TData> {
  next(data: TData): void;
  /** The server refused or ended the subscription with errors (e.g. not your batch). */
  error?(error: ApiError): void;
}

export interface Subscriber {
  subscribe<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, vars: TVars, handlers: SubscriptionHandlers<TData>): () => void;
  /** The socket's state now, and each change of it until the returned function is called. */
  watchStatus(listener: (status: LiveStatus) => void): () => void;
  dispose(): void;
}

/** The GraphQL endpoint's WebSocket address: `url` (e.g. `/graphql`) read from the page's, ws: or wss: as http: or https:. */
export function socketUrl(url: string, pageHref: string): string {
  const address = new URL(url, pageHref);
  address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
  return address.href;
}

const printed = new WeakMap<object, string>();
function printOnce(doc: Parameters<typeof print>[0]): string {
  let text = printed.get(doc);
  if (text === undefined) printed.set(doc, (text = print(doc)));
  return text;
}

/**
 * GraphQL subscriptions over one graphql-ws socket per app, opened at the first subscription and closed
 * when the last ends (lazy). The token goes in the connection params, where the API checks it before
 * accepting the socket.
 */
export function createSubscriber(options: SubscriberOptions): Subscriber {
  let status: LiveStatus = 'connecting';
  const listeners = new Set<(status: LiveStatus) => void>();
  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener(next);
  };

  const client: Client = createWsClient({
    url: options.url,
    lazy: true,
    // Kept a moment after the last subscription ends, so a page swapping its subscriptions keeps its socket.
    lazyCloseTimeout: 3_000,
    retryAttempts: options.retryAttempts ?? Number.MAX_SAFE_INTEGER,
    // Any drop is retried, but a refused token (4403): signing in again opens a new socket.
    shouldRetry: (event) => (event as { code?: number } | null)?.code !== CloseCode.Forbidden,
    retryWait,
    webSocketImpl: options.webSocketImpl,
    connectionParams: () => {
      const token = options.getToken?.();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => setStatus('connecting'),
      connected: () => setStatus('live'),
      closed: () => setStatus('offline'),
    },
  });

  return {
    subscribe(doc, vars, handlers) {
      return client.subscribe(
        { query: printOnce(doc), variables: vars as Record<string, unknown> },
        {
          next: (result) => {
            if (result.errors?.length) handlers.error?.(toApiError(result.errors, 200));
            else if (result.data) handlers.next(result.data as never);
          },
          error: (error) => handlers.error?.(toApiError(Array.isArray(error) ? error : [{ message: describe(error) }], 200)),
          complete: () => undefined,
        },
      );
    },
    watchStatus(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      void client.dispose();
    },
  };
}

/**
 * Waits 1, 2, 4… seconds between attempts, never more than 30 (graphql-ws's own wait doubles without
 * end: hours after a long outage), with up to a second of jitter so pages do not reconnect together.
 */
export function retryWait(retries: number): Promise<void> {
  const seconds = Math.min(2 ** retries, 30) + Math.random();
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'reason' in error && (error as { reason: unknown }).reason) return String((error as { reason: unknown }).reason);
  return 'The live connection closed';
}
