/** The codes the API puts in `extensions.code`, plus two of our own for transport failures. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LEASE_EXPIRED'
  | 'ALREADY_SUBMITTED'
  | 'INSUFFICIENT_FUNDS'
  /** Nothing was done; the same request (same idempotency key) may be sent again. */
  | 'TRY_AGAIN'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'SERVER_ERROR';

/** Why, as a key an app may know (`claim.language`) and the values its sentence names; the message says it in English. */
export interface ApiErrorReason {
  key: string;
  params: Record<string, string | number | string[]>;
}

/**
 * One invalid input field, located by a path such as `config.labels[1].value`: the English message, and
 * the reason (a key of @fourmi/task-kinds' FIELD_PROBLEMS, `field.required`) when the API gave one.
 */
export interface ApiFieldError {
  path: string;
  message: string;
  reason?: ApiErrorReason;
}

/** What `request` throws: a general message, a code, the per-field problems if any, and the reason if the API gave one. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly code: ApiErrorCode | (string & {}),
    readonly fields: ApiFieldError[] = [],
    readonly status?: number,
    readonly reason?: ApiErrorReason,
  ) {
    super(message);
  }

  /** The message for one field path (after normalisation), if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; reason?: unknown };
}

/**
 * Field paths are relative to the operation's input: `input.config.labels[0].value` and
 * `config.labels.0.value` both become `config.labels[0].value`.
 */
export function normalizeFieldPath(path: string): string {
  return path
    .replace(/^input\./, '')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The `fields` of an error's extensions (or of a REST error body), each with its reason when well formed. */
export function readFields(raw: unknown): ApiFieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const { path, message, reason } = f as { path?: unknown; message?: unknown; reason?: unknown };
    if (typeof message !== 'string') return [];
    const field: ApiFieldError = { path: typeof path === 'string' ? normalizeFieldPath(path) : '', message };
    const why = readReason(reason);
    return [why ? { ...field, reason: why } : field];
  });
}

/** The `reason` of an error's extensions (or of a REST error body), when well formed. */
export function readReason(raw: unknown): ApiErrorReason | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { key, params } = raw as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || typeof params !== 'object' || params === null) return undefined;
  return { key, params: params as ApiErrorReason['params'] };
}

/** Turns the `errors` array of a GraphQL response into one ApiError (the first error's code wins). */
export function toApiError(errors: readonly unknown[], status?: number): ApiError {
  const list = errors.filter((e): e is GraphQLErrorShape => typeof e === 'object' && e !== null);
  const first = list[0] ?? {};
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'SERVER_ERROR';
  const message = typeof first.message === 'string' ? first.message : 'Unknown error';
  const fields = list.flatMap((e) => readFields(e.extensions?.fields));
  return new ApiError(message, code, fields, status, readReason(first.extensions?.reason));
}
