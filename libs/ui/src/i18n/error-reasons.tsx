import type { ApiErrorReason } from '@fourmi/api-client';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Messages, Vars } from './core';
import type { TFunction } from './I18nProvider';
import { useLocale } from './I18nProvider';
import { varsOf } from './useFieldProblems';

/** A whole error's reason in the user's language; null when the app does not know its key. */
export type ReasonText = (reason: ApiErrorReason) => string | null;

const ReasonTextContext = createContext<ReasonText>(() => null);

/**
 * Lets ErrorAlert say the reasons an app knows (a refused publish, a batch already paused) from that
 * app's catalog; outside it, or for a reason the app does not know, the API's English message shows.
 */
export function ReasonTextProvider({ reasonText, children }: { reasonText: ReasonText; children: ReactNode }) {
  return <ReasonTextContext.Provider value={reasonText}>{children}</ReasonTextContext.Provider>;
}

export function useReasonText(): ReasonText {
  return useContext(ReasonTextContext);
}

/**
 * A ReasonText over an app's catalog: the reason `publish.short` is the message `reason.publish.short`,
 * its params filled as field problems' are (amounts as money); `wordParam` says a param the catalog
 * names otherwise (a batch status as the app labels it).
 */
export function useCatalogReasonText<D extends Messages>(
  t: TFunction<D>,
  catalog: D,
  wordParam: (name: string, value: unknown) => string | undefined = () => undefined,
): ReasonText {
  const { locale } = useLocale();
  return useCallback(
    ({ key, params }) => {
      const name = `reason.${key}`;
      if (!Object.hasOwn(catalog, name)) return null;
      const vars: Vars = varsOf(params, locale);
      for (const [param, value] of Object.entries(params)) vars[param] = wordParam(param, value) ?? vars[param];
      return t(name, vars);
    },
    [t, catalog, wordParam, locale],
  );
}
