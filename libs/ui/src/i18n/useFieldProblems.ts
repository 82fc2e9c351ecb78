import type { ApiError, ApiFieldError } from '@fourmi/api-client';
import { isFieldProblemKey } from '@fourmi/task-kinds';
import { useCallback } from 'react';
import type { Vars } from './core';
import { useUiT } from './messages';

/** A field problem as the API or a task kind reports it: an English message, maybe a reason to word. */
export type FieldProblemLike = Pick<ApiFieldError, 'message' | 'reason'>;

/** True when the app can say this problem in its user's language. */
export function isWorded(field: FieldProblemLike): boolean {
  return isFieldProblemKey(field.reason?.key);
}

/** Lists become "a, b"; numbers stay numbers, written as the locale writes them. */
function varsOf(params: NonNullable<FieldProblemLike['reason']>['params']): Vars {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
}

/** A field's problem in the user's language from its reason; its English message for a reason this app does not know. */
export function useFieldProblemText(): (field: FieldProblemLike) => string {
  const t = useUiT();
  return useCallback(
    (field) => {
      const reason = field.reason;
      return reason && isFieldProblemKey(reason.key) ? t(reason.key, varsOf(reason.params)) : field.message;
    },
    [t],
  );
}

/**
 * Where a listed problem is: a row of an upload (`rows[12].text`, numbered from 1) or of a batch sent
 * through GraphQL (`items[11].text`, numbered from 0, so also row 12) is said as its row, as the API's
 * English messages say it; any other path as it is.
 */
export function useFieldProblemLine(): (field: FieldProblemLike & { path: string }) => string {
  const t = useUiT();
  const text = useFieldProblemText();
  return useCallback(
    (field) => {
      // An English message already names its row ("Row 12 (text): Required."): shown as the API wrote it.
      if (!isWorded(field)) return field.path ? `${field.path}: ${field.message}` : field.message;
      const problem = text(field);
      const row = /^(rows|items)\[(\d+)\](?:\.(.+))?$/.exec(field.path);
      if (!row) return field.path ? t('ui.error.atField', { field: field.path, problem }) : problem;
      // String: "Row 7001" as the server and the CLI write it, not "Row 7,001".
      const number = String(Number(row[2]) + (row[1] === 'items' ? 1 : 0));
      return row[3] ? t('ui.error.atRowField', { row: number, field: row[3], problem }) : t('ui.error.atRow', { row: number, problem });
    },
    [t, text],
  );
}

/** Field problems by path, in the user's language (the first problem of each path). */
export function useFieldErrors(error: ApiError | undefined | null): Record<string, string> {
  const text = useFieldProblemText();
  const result: Record<string, string> = {};
  for (const field of error?.fields ?? []) {
    if (field.path && !(field.path in result)) result[field.path] = text(field);
  }
  return result;
}
