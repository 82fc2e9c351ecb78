import type { FieldProblemKey, FieldProblemParams, RefusalKey } from '@fourmi/task-kinds';

/**
 * A problem with one input field, located by its path (`email`, `config.labels[1].value`): in English,
 * and as a reason (a key of libs/task-kinds' FIELD_PROBLEMS and its params) for apps to word.
 */
export interface FieldProblem {
  path: string;
  message: string;
  reason?: ErrorReason;
}

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LEASE_EXPIRED'
  | 'ALREADY_SUBMITTED'
  | 'NEEDS_CONFIRMATION'
  | 'INSUFFICIENT_FUNDS'
  /** Nothing was done, and the same request may well succeed if sent again (with its idempotency key). */
  | 'TRY_AGAIN';

/**
 * Why, for an app to word in its user's language: a key the apps know (a whole refusal's, of
 * libs/task-kinds' REFUSALS, or a field's, of FIELD_PROBLEMS) and the values the sentence names (the
 * message says the same in English, for every other client).
 */
export interface ErrorReason {
  key: RefusalKey | FieldProblemKey;
  params: FieldProblemParams;
}

/**
 * The one error type services throw. Each module names its own subclass so a stack trace says where it
 * came from; `graphql-errors.ts` maps the code to `extensions.code` once, for every operation.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = new.target.name;
  }

  static invalid(fields: FieldProblem[], message = 'Some fields are not valid'): DomainError {
    const detail = fields.length === 1 ? `${fields[0].path}: ${fields[0].message}` : message;
    return new DomainError('BAD_USER_INPUT', detail, fields);
  }

  /**
   * Something the user cannot see, none or someone else's (said alike, so nothing leaks): its English as
   * clients have always read it, and its reason for the apps to word. The one way to refuse with
   * NOT_FOUND (domain-error.spec.ts scans for any other), so no such refusal reaches an app in English only.
   */
  static notFound<E extends DomainError>(
    this: new (code: ErrorCode, message: string, fields?: FieldProblem[], reason?: ErrorReason) => E,
    message: string,
    key: RefusalKey,
    fields: FieldProblem[] = [],
    params: FieldProblemParams = {},
  ): E {
    return new this('NOT_FOUND', message, fields, { key, params });
  }
}

/**
 * A problem the API states itself: its English message as clients have always read it, and the
 * FIELD_PROBLEMS key that says the same, for the apps to word.
 */
export function fieldProblem(path: string, message: string, key: FieldProblemKey, params: FieldProblemParams = {}): FieldProblem {
  return { path, message, reason: { key, params } };
}

/** Prefixes every field path, e.g. the task kind's `labels[1]` becomes `config.labels[1]`. */
export function prefixFields(prefix: string, fields: FieldProblem[]): FieldProblem[] {
  return fields.map((f) => ({ ...f, path: f.path ? (f.path.startsWith('[') ? `${prefix}${f.path}` : `${prefix}.${f.path}`) : prefix }));
}

/** For a `.catch`: a refusal the caller can live without becomes null; anything else still throws. */
export function nullOnDomainError(error: unknown): null {
  if (error instanceof DomainError) return null;
  throw error;
}
