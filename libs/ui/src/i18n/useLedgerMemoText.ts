import { isLedgerMemoKey, ledgerMemoParamNames } from '@fourmi/task-kinds';
import { useCallback } from 'react';
import { useLocale } from './I18nProvider';
import { useUiT } from './messages';
import { varsOf } from './useFieldProblems';

/** A ledger line as the API gives it: its English memo, and the key and params that say it when kept. */
export interface LedgerMemoLike {
  memo: string;
  memoKey?: string | null;
  memoParams?: unknown;
}

type Params = Parameters<typeof varsOf>[0];

/**
 * A history line's memo in the user's language, worded by its key (amounts as money in the locale);
 * the stored English as written for a line made before keys were kept, of a key this app does not
 * know, or missing a value its sentence names.
 */
export function useLedgerMemoText(): (line: LedgerMemoLike) => string {
  const t = useUiT();
  const { locale } = useLocale();
  return useCallback(
    ({ memo, memoKey, memoParams }) => {
      if (!isLedgerMemoKey(memoKey) || !memoParams || typeof memoParams !== 'object') return memo;
      const params = memoParams as Params;
      if (!ledgerMemoParamNames(memoKey).every((name) => params[name] !== undefined)) return memo;
      return t(memoKey, varsOf(params, locale));
    },
    [t, locale],
  );
}
