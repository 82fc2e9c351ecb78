import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatMessage, isLocale, pickLocale, type Dictionaries, type Locale, type Messages, type Vars } from './core';

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function readStored(key: string): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(key);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export interface I18nProviderProps {
  /** localStorage key for the language chosen in the header (one per app). */
  storageKey: string;
  /** The signed-in user's locale, used when no language was chosen in this browser. */
  userLocale?: string | null;
  /**
   * Makes the language the account's: given, the user's locale replaces this browser's choice when it
   * arrives (at sign-in), and a language chosen in the header is passed here to be saved.
   */
  saveUserLocale?: (locale: Locale) => void;
  children: ReactNode;
}

/**
 * Holds the current language: the one chosen in the header, else the user's, else the browser's
 * (with `saveUserLocale`: the user's, then the one chosen in the header).
 * Each dictionary owner (an app, libs/ui, libs/task-ui) reads it through its own `useT`.
 */
export function I18nProvider({ storageKey, userLocale, saveUserLocale, children }: I18nProviderProps) {
  const [chosen, setChosen] = useState<Locale | null>(() => readStored(storageKey));
  const locale = chosen ?? pickLocale([userLocale, ...browserLanguages()]);

  const remember = useCallback(
    (next: Locale) => {
      setChosen(next);
      try {
        globalThis.localStorage?.setItem(storageKey, next);
      } catch {
        /* kept for this page only */
      }
    },
    [storageKey],
  );

  const setLocale = useCallback(
    (next: Locale) => {
      remember(next);
      saveUserLocale?.(next);
    },
    [remember, saveUserLocale],
  );

  // At sign-in (and when the account's language changes), the account's language is shown; it stays
  // chosen in this browser after signing out, so the sign-in page keeps speaking it.
  const accountLanguage = saveUserLocale && isLocale(userLocale) ? userLocale : null;
  useEffect(() => {
    if (accountLanguage) remember(accountLanguage);
  }, [accountLanguage, remember]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current language and its setter. Outside a provider: English, fixed. */
export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext) ?? { locale: 'en', setLocale: () => undefined };
}

export type TFunction<D extends Messages> = (key: keyof D & string, vars?: Vars) => string;

/**
 * Creates a typed `useT()` for one set of dictionaries. The French dictionary must have exactly the
 * English keys (checked by the compiler), and `findDictionaryProblems` checks placeholders in tests.
 */
export function createI18n<D extends Messages>(dictionaries: Dictionaries<D>) {
  function useT(): TFunction<D> {
    const { locale } = useLocale();
    return useCallback(
      (key, vars) => {
        const table = dictionaries[locale] as Messages;
        const message = table[key] ?? (dictionaries.en as Messages)[key] ?? key;
        return formatMessage(locale, message, vars);
      },
      [locale],
    );
  }
  return { useT, dictionaries };
}
