import { WorkerMeDocument, type WorkerSessionUserFragment } from '@fourmi/api-client';
import { I18nProvider, useAuth, useQuery } from '@fourmi/ui';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { LOCALE_KEY } from '../../../app/config';

interface Session {
  signedIn: boolean;
  user: WorkerSessionUserFragment | undefined;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in worker (query `me`) and the language: the one chosen here, else the user's, else the browser's. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { token, signIn, signOut } = useAuth();
  const me = useQuery(WorkerMeDocument, {}, { skip: !token });
  const user = token ? me.data?.me : undefined;
  const value = useMemo(() => ({ signedIn: Boolean(token), user, signIn, signOut }), [token, user, signIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      <I18nProvider storageKey={LOCALE_KEY} userLocale={user?.locale}>
        {children}
      </I18nProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionProvider is missing');
  return session;
}
