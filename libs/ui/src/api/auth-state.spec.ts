import { ApiError } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import { authReducer, type AuthState } from './auth-state';

const suspended = new ApiError('This account is suspended: Several accounts for one person', 'UNAUTHENTICATED', [], 401, {
  key: 'auth.suspended',
  params: { reason: 'Several accounts for one person' },
});
const signedIn: AuthState = { token: 'tok', ended: null };

describe('authReducer', () => {
  it('keeps why the server ended a session in use, and signs the user out', () => {
    expect(authReducer(signedIn, { type: 'refused', error: suspended })).toEqual({ token: null, ended: suspended });
  });

  it('keeps the first refusal: the requests in flight with the old token are refused after it', () => {
    const ended = authReducer(signedIn, { type: 'refused', error: suspended });
    const later = new ApiError('Please sign in', 'UNAUTHENTICATED', [], 401, { key: 'auth.signIn', params: {} });
    expect(authReducer(ended, { type: 'refused', error: later })).toBe(ended);
  });

  it('ends no session when there was none: a wrong password at sign-in is not a session ending', () => {
    const signedOut: AuthState = { token: null, ended: null };
    const wrong = new ApiError('Wrong email or password', 'UNAUTHENTICATED', [], 200, { key: 'auth.wrongCredentials', params: {} });
    expect(authReducer(signedOut, { type: 'refused', error: wrong })).toBe(signedOut);
  });

  it('forgets why once the user signs in or out again, here or in another tab', () => {
    const ended = authReducer(signedIn, { type: 'refused', error: suspended });
    expect(authReducer(ended, { type: 'signIn', token: 'new' })).toEqual({ token: 'new', ended: null });
    expect(authReducer(ended, { type: 'signOut' })).toEqual({ token: null, ended: null });
    expect(authReducer(ended, { type: 'stored', token: 'other tab' })).toEqual({ token: 'other tab', ended: null });
    // Another tab signing out too (the same token, none) changes nothing here.
    expect(authReducer(ended, { type: 'stored', token: null })).toBe(ended);
    expect(authReducer(signedIn, { type: 'stored', token: null })).toEqual({ token: null, ended: null });
  });
});
