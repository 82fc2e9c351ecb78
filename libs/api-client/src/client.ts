import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type OperationDefinitionNode } from 'graphql';
import { ApiError, toApiError } from './errors';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `/graphql`. */
  url: string;
  /** Read on every request, so a sign-in or sign-out takes effect at once. */
  getToken?: () => string | null | undefined;
  /**
   * Called when the server answers UNAUTHENTICATED, e.g. to forget a stale token, with the error it
   * answered: its reason says why the session ended (`auth.suspended`: the account was suspended). Only
   * while the token the request carried is still the current one (see `request`).
   */
  onUnauthenticated?: (error: ApiError) => void;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Variables may be left out when the operation has no required variable. */
export type VariablesArgs<TVars> = Record<string, never> extends TVars
  ? [vars?: TVars, options?: RequestOptions]
  : [vars: TVars, options?: RequestOptions];

export interface ApiClient {
  request<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, ...args: VariablesArgs<TVars>): Promise<TData>;
}

const printed = new WeakMap<object, { query: string; operationName?: string }>();

function serialize(doc: TypedDocumentNode<unknown, unknown>) {
  let entry = printed.get(doc);
  if (!entry) {
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    entry = { query: print(doc), operationName: op?.name?.value };
    printed.set(doc, entry);
  }
  return entry;
}

/** A tiny typed GraphQL client over fetch: one POST per operation, errors thrown as ApiError. */
export function createClient(options: ClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function request<TData, TVars>(
    doc: TypedDocumentNode<TData, TVars>,
    ...[vars, requestOptions]: VariablesArgs<TVars>
  ): Promise<TData> {
    const { query, operationName } = serialize(doc as TypedDocumentNode<unknown, unknown>);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    const token = options.getToken?.();
    if (token) headers['authorization'] = `Bearer ${token}`;
    // A request sent with a token since replaced (a password change gives this session a new one, and
    // ends the old one) is refused, but the session it was sent from goes on with the new token.
    const refused = (error: ApiError) => {
      if ((options.getToken?.() ?? null) === (token ?? null)) options.onUnauthenticated?.(error);
    };

    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, operationName, variables: vars ?? {} }),
        signal: requestOptions?.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError('The server could not be reached.', 'NETWORK_ERROR');
    }

    let body: { data?: TData | null; errors?: unknown[] } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch {
      body = undefined;
    }

    if (body?.errors?.length) {
      const error = toApiError(body.errors, response.status);
      if (error.code === 'UNAUTHENTICATED') refused(error);
      throw error;
    }
    if (!response.ok || !body || body.data == null) {
      const code = response.status === 401 ? 'UNAUTHENTICATED' : 'SERVER_ERROR';
      const error = new ApiError(`The server answered ${response.status} ${response.statusText}`.trim(), code, [], response.status);
      if (code === 'UNAUTHENTICATED') refused(error);
      throw error;
    }
    return body.data;
  }

  return { request: request as ApiClient['request'] };
}
