import type { TypedDocumentNode } from '@fourmi/api-client';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SignInValues, SignUpValues } from '../components/AuthForms';
import type { Locale } from '../i18n/core';
import { I18nProvider, useLocale } from '../i18n/I18nProvider';
import { useApiClient, useAuth } from './ApiProvider';
import { useMutation, useQuery } from './hooks';

export interface SessionUser {
  roles: readonly string[];
  locale: string;
}

export interface Session<U extends SessionUser> {
  signedIn: boolean;
  user: U | undefined;
  signIn(token: string): void;
  signOut(): void;
  /** Reads the user again (after a change to the account, e.g. its name in the header). */
  refresh(): Promise<void>;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- each app passes its own generated documents; their variable types differ only by name */
export interface SessionConfig<U extends SessionUser> {
  me: TypedDocumentNode<{ me: U }, any>;
  signIn: TypedDocumentNode<{ signIn: { token: string; user: U } }, any>;
  signUp: TypedDocumentNode<{ signUp: { token: string; user: U } }, any>;
  /** The role a new account of this app gets. */
  role: 'WORKER' | 'REQUESTER';
  /** Whether an account may use this app (others are told they signed in to the wrong app). */
  canUse(user: U): boolean;
  /** Where the language chosen in this app is kept. */
  localeKey: string;
  /**
   * Saves the language chosen in the header to the account (`updateProfile`). Given, the account's
   * language is the one shown after sign-in, on any device; absent, each browser keeps its own choice.
   */
  saveLocale?: TypedDocumentNode<unknown, { input: { locale: string } }>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * The session of one app (worker app, console): who is signed in (query `me`), the language (the one
 * chosen in the app, else the user's, else the browser's; with `saveLocale`, the account's), and signing
 * in and up with the app's role.
 */
export function createSession<U extends SessionUser>(config: SessionConfig<U>) {
  const SessionContext = createContext<Session<U> | null>(null);

  function SessionProvider({ children }: { children: ReactNode }) {
    const { token, signIn, signOut } = useAuth();
    const client = useApiClient();
    const me = useQuery(config.me, {}, { skip: !token });
    const user = token ? me.data?.me : undefined;
    const refresh = me.refetch;
    const value = useMemo(() => ({ signedIn: Boolean(token), user, signIn, signOut, refresh }), [token, user, signIn, signOut, refresh]);

    const signedIn = Boolean(token);
    const saveLocale = config.saveLocale;
    const saveUserLocale = useCallback(
      (locale: Locale) => {
        if (!saveLocale || !signedIn) return;
        client
          .request(saveLocale, { input: { locale } })
          .then(refresh)
          .catch(() => {
            // Not worth an alert in the header: the language stays chosen in this browser, and the
            // Profile page saves it again with the rest of the profile.
          });
      },
      [client, saveLocale, signedIn, refresh],
    );
    return (
      <SessionContext.Provider value={value}>
        <I18nProvider
          storageKey={config.localeKey}
          userLocale={user?.locale}
          saveUserLocale={saveLocale ? saveUserLocale : undefined}
        >
          {children}
        </I18nProvider>
      </SessionContext.Provider>
    );
  }

  function useSession(): Session<U> {
    const session = useContext(SessionContext);
    if (!session) throw new Error('SessionProvider is missing');
    return session;
  }

  function useSignIn() {
    const { mutate, loading, error } = useMutation(config.signIn);
    const { signIn } = useSession();
    const [wrongRole, setWrongRole] = useState(false);
    const run = async (values: SignInValues) => {
      setWrongRole(false);
      const result = await mutate({ input: values });
      if (!result.ok) return;
      if (!config.canUse(result.data.signIn.user)) return setWrongRole(true);
      signIn(result.data.signIn.token);
    };
    return { signIn: run, loading, error, wrongRole };
  }

  function useSignUp() {
    const { mutate, loading, error } = useMutation(config.signUp);
    const { signIn } = useSession();
    const { locale } = useLocale();
    const run = async (values: SignUpValues) => {
      const result = await mutate({ input: { ...values, role: config.role, locale } });
      if (result.ok) signIn(result.data.signUp.token);
    };
    return { signUp: run, loading, error };
  }

  return { SessionProvider, useSession, useSignIn, useSignUp };
}
