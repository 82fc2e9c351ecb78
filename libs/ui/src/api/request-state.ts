import { ApiError, type ApiFieldError } from '@fourmi/api-client';

/** The state of one query. Data stays while a refresh runs, so polling never blanks the screen. */
export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

export type QueryAction<T> =
  | { type: 'start' }
  | { type: 'success'; data: T }
  | { type: 'failure'; error: ApiError }
  | { type: 'reset' };

export const initialQueryState = { data: undefined, error: undefined, loading: true } as const;

export function queryReducer<T>(state: QueryState<T>, action: QueryAction<T>): QueryState<T> {
  switch (action.type) {
    case 'start':
      return state.loading ? state : { ...state, loading: true };
    case 'success':
      return { data: action.data, error: undefined, loading: false };
    case 'failure':
      // A failed refresh keeps the last good data next to the error.
      return { data: state.data, error: action.error, loading: false };
    case 'reset':
      return state.data === undefined && state.error === undefined && state.loading ? state : initialQueryState;
  }
}

/** Anything thrown by a request, as an ApiError (programming errors become SERVER_ERROR). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(message, 'SERVER_ERROR');
}

/**
 * Field messages by path, e.g. `{ 'config.labels[1].value': 'Duplicate value' }`: the API's English,
 * or each field as `word` says it (useFieldProblemText, in the user's language).
 */
export function fieldErrorsOf(error: ApiError | undefined | null, word: (field: ApiFieldError) => string = (f) => f.message): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of error?.fields ?? []) {
    if (field.path && !(field.path in result)) result[field.path] = word(field);
  }
  return result;
}
