import { createClient, createSubscriber, createTokenStore, socketUrl, type ApiClient, type ApiError, type Subscriber } from '@fourmi/api-client';
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { authReducer, type AuthState } from './auth-state';

interface ApiContextValue extends AuthState {
  client: ApiClient;
  /** Live updates (GraphQL subscriptions) of the signed-in user; its socket opens at the first subscription. */
  subscriber: Subscriber;
  /** Keeps the token (localStorage) and re-renders the signed-in routes. */
  signIn(token: string): void;
  signOut(): void;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export interface ApiProviderProps {
  /** localStorage key of this app's token, e.g. `fourmi.worker.token`. */
  tokenKey: string;
  url?: string;
  children: ReactNode;
}

/** The GraphQL client and the session token of one app. A refused token signs the user out, and is kept as why. */
export function ApiProvider({ tokenKey, url = '/graphql', children }: ApiProviderProps) {
  const store = useMemo(() => createTokenStore(tokenKey), [tokenKey]);
  const [{ token, ended }, dispatch] = useReducer(authReducer, null, () => ({ token: store.get(), ended: null }));

  const signIn = useCallback(
    (next: string) => {
      store.set(next);
      dispatch({ type: 'signIn', token: next });
    },
    [store],
  );
  const signOut = useCallback(() => {
    store.clear();
    dispatch({ type: 'signOut' });
  }, [store]);
  const refused = useCallback(
    (error: ApiError) => {
      store.clear();
      dispatch({ type: 'refused', error });
    },
    [store],
  );

  // Signing in or out in another tab applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === tokenKey) dispatch({ type: 'stored', token: event.newValue });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [tokenKey]);

  const client = useMemo(
    () => createClient({ url, getToken: () => store.get(), onUnauthenticated: refused }),
    [url, store, refused],
  );
  // One per signed-in user: a socket keeps the identity it connected with.
  const subscriber = useMemo(() => createSubscriber({ url: socketUrl(url, window.location.href), getToken: () => token }), [url, token]);
  useEffect(() => () => subscriber.dispose(), [subscriber]);
  const value = useMemo(() => ({ client, subscriber, token, ended, signIn, signOut }), [client, subscriber, token, ended, signIn, signOut]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('ApiProvider is missing above this component');
  return value;
}

export function useApiClient(): ApiClient {
  return useApiContext().client;
}

export function useSubscriber(): Subscriber {
  return useApiContext().subscriber;
}

/** `{ token, ended, signIn, signOut }` of the current app: `ended` says why the server ended the last session. */
export function useAuth(): Omit<ApiContextValue, 'client' | 'subscriber'> {
  const { token, ended, signIn, signOut } = useApiContext();
  return { token, ended, signIn, signOut };
}
