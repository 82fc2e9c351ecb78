import type { ApiError, LiveStatus, TypedDocumentNode, VariablesArgs } from '@fourmi/api-client';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useApiClient, useSubscriber } from './ApiProvider';
import { initialQueryState, queryReducer, toApiError, type QueryState } from './request-state';

export interface QueryOptions {
  /** Refetch every N ms while mounted and the page is visible. */
  pollIntervalMs?: number;
  /** Do not run (e.g. a missing id). */
  skip?: boolean;
}

export interface QueryResult<T> extends QueryState<T> {
  refetch(): Promise<void>;
}

/** Runs a typed query when mounted and whenever its variables change. */
export function useQuery<TData, TVars>(
  doc: TypedDocumentNode<TData, TVars>,
  vars?: TVars,
  options: QueryOptions = {},
): QueryResult<TData> {
  const client = useApiClient();
  const [state, dispatch] = useReducer(queryReducer<TData>, initialQueryState);
  const varsKey = JSON.stringify(vars ?? {});
  const latest = useRef(0);
  const { pollIntervalMs, skip = false } = options;

  const run = useCallback(async () => {
    const id = ++latest.current;
    dispatch({ type: 'start' });
    try {
      const args = [JSON.parse(varsKey)] as unknown as VariablesArgs<TVars>;
      const data = await client.request(doc, ...args);
      if (id === latest.current) dispatch({ type: 'success', data });
    } catch (error) {
      if (id === latest.current) dispatch({ type: 'failure', error: toApiError(error) });
    }
  }, [client, doc, varsKey]);

  useEffect(() => {
    // A skipped query shows nothing: after signing out and in as someone else, `me` is not the last user.
    if (skip) return dispatch({ type: 'reset' });
    void run();
    return () => {
      latest.current++; // ignore answers for variables we no longer show
    };
  }, [run, skip]);

  useEffect(() => {
    if (skip || !pollIntervalMs) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void run();
    }, pollIntervalMs);
    return () => clearInterval(timer);
  }, [run, skip, pollIntervalMs]);

  return { ...state, refetch: run };
}

export type MutationResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface MutationState<TData, TVars> {
  /** Never throws: resolves with the data or with the ApiError (also kept in `error`). */
  mutate(vars: TVars): Promise<MutationResult<TData>>;
  loading: boolean;
  error: ApiError | undefined;
  reset(): void;
}

export function useMutation<TData, TVars>(doc: TypedDocumentNode<TData, TVars>): MutationState<TData, TVars> {
  const client = useApiClient();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const mutate = useCallback(
    async (vars: TVars): Promise<MutationResult<TData>> => {
      setLoading(true);
      setError(undefined);
      try {
        const data = await client.request(doc, ...([vars] as unknown as VariablesArgs<TVars>));
        if (mounted.current) setLoading(false);
        return { ok: true, data };
      } catch (caught) {
        const apiError = toApiError(caught);
        if (mounted.current) {
          setLoading(false);
          setError(apiError);
        }
        return { ok: false, error: apiError };
      }
    },
    [client, doc],
  );
  const reset = useCallback(() => setError(undefined), []);
  return { mutate, loading, error, reset };
}

export interface SubscriptionOptions<TData> {
  onData(data: TData): void;
  onError?(error: ApiError): void;
}

/**
 * Subscribes to `doc` once per entry of `varsList` (all over the app's one socket) while mounted, and
 * again when the list changes. Returns the socket's status, or null while the list is empty.
 */
export function useSubscriptions<TData, TVars>(doc: TypedDocumentNode<TData, TVars>, varsList: readonly TVars[], options: SubscriptionOptions<TData>): LiveStatus | null {
  const subscriber = useSubscriber();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlers = useRef(options);
  handlers.current = options; // the latest callbacks, without subscribing again for each render's closures
  const listKey = JSON.stringify(varsList);
  const active = varsList.length > 0;

  useEffect(() => {
    if (!active) return;
    return subscriber.watchStatus(setStatus);
  }, [subscriber, active]);

  useEffect(() => {
    const list = JSON.parse(listKey) as TVars[];
    const ends = list.map((vars) =>
      subscriber.subscribe(doc, vars, { next: (data) => handlers.current.onData(data), error: (error) => handlers.current.onError?.(error) }),
    );
    return () => ends.forEach((end) => end());
  }, [subscriber, doc, listKey]);

  return active ? status : null;
}
