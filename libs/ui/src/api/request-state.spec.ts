import { ApiError } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, initialQueryState, queryReducer, toApiError, type QueryState } from './request-state';

describe('queryReducer', () => {
  it('keeps the data while refreshing and after a failed refresh', () => {
    let state: QueryState<number> = initialQueryState;
    state = queryReducer(state, { type: 'success', data: 1 });
    expect(state).toEqual({ data: 1, error: undefined, loading: false });
    state = queryReducer(state, { type: 'start' });
    expect(state).toEqual({ data: 1, error: undefined, loading: true });
    const error = new ApiError('down', 'NETWORK_ERROR');
    state = queryReducer(state, { type: 'failure', error });
    expect(state).toEqual({ data: 1, error, loading: false });
    state = queryReducer(state, { type: 'success', data: 2 });
    expect(state.error).toBeUndefined();
  });

  it('does not create a new state when already loading', () => {
    const state: QueryState<number> = initialQueryState;
    expect(queryReducer(state, { type: 'start' })).toBe(state);
    expect(queryReducer(state, { type: 'reset' })).toBe(state);
  });

  it('forgets the data on reset (a skipped query, e.g. `me` once signed out)', () => {
    const state = queryReducer<number>(initialQueryState, { type: 'success', data: 1 });
    expect(queryReducer(state, { type: 'reset' })).toEqual({ data: undefined, error: undefined, loading: true });
  });
});

describe('error helpers', () => {
  it('indexes field errors by path, first message wins', () => {
    const error = new ApiError('bad', 'BAD_USER_INPUT', [
      { path: 'name', message: 'Required' },
      { path: 'name', message: 'Too short' },
      { path: '', message: 'Whole input' },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ name: 'Required' });
    expect(fieldErrorsOf(undefined)).toEqual({});
  });

  it('wraps anything thrown', () => {
    expect(toApiError(new Error('boom'))).toMatchObject({ code: 'SERVER_ERROR', message: 'boom' });
    const original = new ApiError('x', 'CONFLICT');
    expect(toApiError(original)).toBe(original);
  });
});
