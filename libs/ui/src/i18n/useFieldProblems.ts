import type { ApiFieldError } from '@fourmi/api-client';
import { isFieldProblemKey, isMoneyParam } from '@fourmi/task-kinds';
import { useCallback } from 'react';
import { formatMoney } from '../format/money';
import type { Locale, Vars } from './core';
import { useLocale } from './I18nProvider';
import { useUiT } from './messages';

/** A field problem as the API or a task kind reports it: an English message, maybe a reason to word. */
export type FieldProblemLike = Pick<ApiFieldError, 'message' | 'reason'>;

/**
 * Whether the app says a problem in its own words: for a reason it knows, in a language other than the
 * API's. In English the API's message is shown as written: it may say more than the general wording of
 * its reason ("Give a reason of 3 to 500 characters" is a `field.lengthBetween`).
 */
export function useIsWorded(): (field: FieldProblemLike) => boolean {
  const { locale } = useLocale();
  return useCallback((field) => locale !== API_LOCALE && isFieldProblemKey(field.reason?.key), [locale]);
}

/** The language of the API's messages. */
export const API_LOCALE = 'en';

/**
 * Lists become "a, b"; amounts (`…Cents` with a `currency`) money in the locale ("2,50 €"); numbers
 * stay numbers, written as the locale writes them.
 */
export function varsOf(params: NonNullable<FieldProblemLike['reason']>['params'], locale: Locale): Vars {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (isMoneyParam(name, params)) return [name, formatMoney(value as number, params['currency'] as string, locale)];
      return [name, Array.isArray(value) ? value.join(', ') : value];
    }),
  );
}

/** A field's problem in the user's language from its reason; the API's message in English, or for a reason this app does not know. */
export function useFieldProblemText(): (field: FieldProblemLike) => string {
  const t = useUiT();
  const { locale } = useLocale();
  const isWorded = useIsWorded();
  return useCallback(
    (field) => {
      const reason = field.reason;
      return reason && isFieldProblemKey(reason.key) && isWorded(field) ? t(reason.key, varsOf(reason.params, locale)) : field.message;
    },
    [t, locale, isWorded],
  );
}

const ROW_PATH = /^(rows|items)\[(\d+)\](?:\.(.+))?$/;

/**
 * Where a listed problem is: a row of an upload (`rows[12].text`, numbered from 1) or of a batch sent
 * through GraphQL (`items[11].text`, numbered from 0, so also row 12) is said as its row, as the API's
 * English messages say it; any other path as it is.
 */
export function useFieldProblemLine(): (field: FieldProblemLike & { path: string }) => string {
  const t = useUiT();
  const text = useFieldProblemText();
  const isWorded = useIsWorded();
  return useCallback(
    (field) => {
      const row = ROW_PATH.exec(field.path);
      // The API's English for a row already names it ("Row 12 (text): Required."): shown as written.
      if (!isWorded(field)) return field.path && !row ? `${field.path}: ${field.message}` : field.message;
      const problem = text(field);
      if (!row) return field.path ? t('ui.error.atField', { field: field.path, problem }) : problem;
      // String: "Row 7001" as the server and the CLI write it, not "Row 7,001".
      const number = String(Number(row[2]) + (row[1] === 'items' ? 1 : 0));
      return row[3] ? t('ui.error.atRowField', { row: number, field: row[3], problem }) : t('ui.error.atRow', { row: number, problem });
    },
    [t, text, isWorded],
  );
}
