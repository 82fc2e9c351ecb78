import type { ApiError } from '@fourmi/api-client';

/** The session of one app: its token, and why the server ended the last one. */
export interface AuthState {
  token: string | null;
  /**
   * The UNAUTHENTICATED error that ended the last session (a suspension's reason says so, and why),
   * for the sign-in page to say; null once signed in or out again.
   */
  ended: ApiError | null;
}

export type AuthAction =
  | { type: 'signIn'; token: string }
  | { type: 'signOut' }
  /** The server refused a request as unauthenticated. */
  | { type: 'refused'; error: ApiError }
  /** Another tab signed in or out (its token, as stored). */
  | { type: 'stored'; token: string | null };

export function authReducer(state: AuthState, action: AuthAction): AuthState {
  switch (action.type) {
    case 'signIn':
      return { token: action.token, ended: null };
    case 'signOut':
      return state.token === null && state.ended === null ? state : { token: null, ended: null };
    case 'refused':
      // Only a session in use ends, and the first refusal says why: a refused sign-in (a wrong password)
      // had no token, and the requests in flight with the old token are refused after the first.
      return state.token === null ? state : { token: null, ended: action.error };
    case 'stored':
      return action.token === state.token ? state : { token: action.token, ended: null };
  }
}
