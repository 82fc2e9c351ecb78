import { ApiError } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import {
  idempotencyKeyFor,
  initialRunnerState,
  leaseSecondsLeft,
  runnerReducer,
  type Assignment,
  type RunnerState,
} from './runner-state';

function assignment(id: string): Assignment {
  return {
    id,
    input: { text: `item ${id}` },
    leaseExpiresAt: '2030-01-01T00:00:00.000Z',
    project: { id: 'p', name: 'P', instructions: '', kind: 'CLASSIFICATION', config: { labels: [] }, rewardCents: 5, currency: 'EUR' },
  };
}

const working = (id = 'a1'): RunnerState => runnerReducer(initialRunnerState, { type: 'claimSucceeded', assignment: assignment(id) });
const pending = (assignmentId = 'a1', label = 'pos') => ({ assignmentId, answer: { label }, idempotencyKey: `key-${assignmentId}-${label}` });

describe('runnerReducer', () => {
  it('keeps the task and the answer when the API asks to send it again, so the same key is sent', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitFailed', error: new ApiError('This task kept changing while your answer was stored; send it again', 'TRY_AGAIN') });
    expect(state).toMatchObject({ phase: 'working', assignment: { id: 'a1' }, pending: pending(), error: { code: 'TRY_AGAIN' } });
    expect(idempotencyKeyFor(state, 'a1', { label: 'pos' }, () => 'new')).toBe('key-a1-pos');
  });

  it('starts by claiming, then works on the claimed task', () => {
    expect(initialRunnerState.phase).toBe('claiming');
    expect(working()).toMatchObject({ phase: 'working', assignment: { id: 'a1' }, done: 0 });
  });

  it('drops the task whose time is up when a new one is asked for, so the page shows the claim', () => {
    expect(runnerReducer(working(), { type: 'claimStarted' })).toMatchObject({ phase: 'claiming', assignment: null });
  });

  it('says when the project has no more tasks', () => {
    expect(runnerReducer(initialRunnerState, { type: 'claimSucceeded', assignment: null })).toMatchObject({ phase: 'empty', assignment: null });
  });

  it('shows the next task at once after an answer, and counts it', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    expect(state.phase).toBe('submitting');
    state = runnerReducer(state, { type: 'submitSucceeded', next: assignment('a2') });
    expect(state).toMatchObject({ phase: 'working', assignment: { id: 'a2' }, done: 1, pending: null, notice: { kind: 'sent', answer: { label: 'pos' } } });
  });

  it('claims again when the answer came back without a next task', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitSucceeded', next: null });
    expect(state).toMatchObject({ phase: 'claiming', assignment: null, done: 1 });
  });

  it('keeps the answered task\'s labels in the notice, also when no task follows', () => {
    const labels = [{ value: '0', text: 'Neutral' }];
    const answered = { ...assignment('a1'), project: { ...assignment('a1').project, config: { labels } } };
    let state = runnerReducer(initialRunnerState, { type: 'claimSucceeded', assignment: answered });
    state = runnerReducer(state, { type: 'submitStarted', pending: pending('a1', '0') });
    state = runnerReducer(state, { type: 'submitSucceeded', next: null });
    state = runnerReducer(state, { type: 'claimSucceeded', assignment: null });
    expect(state).toMatchObject({ phase: 'empty', notice: { kind: 'sent', answer: { label: '0' }, config: { labels } } });
  });

  it('accepts one answer at a time', () => {
    const submitting = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    expect(runnerReducer(submitting, { type: 'submitStarted', pending: pending('a1', 'neg') })).toBe(submitting);
  });

  it('claims again with a clear notice when the lease is lost', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitFailed', error: new ApiError('Another worker took it', 'LEASE_EXPIRED') });
    expect(state).toMatchObject({
      phase: 'claiming',
      assignment: null,
      done: 0,
      pending: null,
      notice: { kind: 'taskGone', reason: 'leaseExpired', message: 'Another worker took it' },
    });
  });

  it('moves on when the task was already answered elsewhere', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitFailed', error: new ApiError('You already answered this task', 'ALREADY_SUBMITTED') });
    expect(state).toMatchObject({ phase: 'claiming', notice: { kind: 'taskGone', reason: 'alreadySubmitted' } });
  });

  it('keeps the reason of a task given back, for the notice to say it in the worker’s language', () => {
    const givenBack = new ApiError('This task was given back and can no longer be answered', 'CONFLICT', [], 200, { key: 'task.givenBack', params: {} });
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitFailed', error: givenBack });
    expect(state.notice).toEqual({ kind: 'taskGone', reason: 'leaseLost', message: givenBack.message, refusal: { key: 'task.givenBack', params: {} } });
  });

  it('keeps the task and its answer on a refused (invalid) answer', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitFailed', error: new ApiError('The answer is not valid', 'BAD_USER_INPUT') });
    expect(state).toMatchObject({ phase: 'working', assignment: { id: 'a1' }, error: { code: 'BAD_USER_INPUT' } });
  });

  it('skips to the next task, or says there is none left', () => {
    let state = runnerReducer(working(), { type: 'skipStarted' });
    expect(state.phase).toBe('skipping');
    expect(runnerReducer(state, { type: 'submitStarted', pending: pending() })).toBe(state);
    state = runnerReducer(state, { type: 'skipSucceeded', next: assignment('a2') });
    expect(state).toMatchObject({ phase: 'working', assignment: { id: 'a2' }, done: 0, notice: { kind: 'skipped' } });
    state = runnerReducer(runnerReducer(state, { type: 'skipStarted' }), { type: 'skipSucceeded', next: null });
    expect(state).toMatchObject({ phase: 'empty', assignment: null });
  });

  it('keeps the task when a skip fails for a network problem', () => {
    const state = runnerReducer(runnerReducer(working(), { type: 'skipStarted' }), { type: 'skipFailed', error: new ApiError('down', 'NETWORK_ERROR') });
    expect(state).toMatchObject({ phase: 'working', assignment: { id: 'a1' }, error: { code: 'NETWORK_ERROR' } });
  });

  it('keeps the task and the pending answer after a network failure', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    const error = new ApiError('down', 'NETWORK_ERROR');
    state = runnerReducer(state, { type: 'submitFailed', error });
    expect(state).toMatchObject({ phase: 'working', assignment: { id: 'a1' }, error, pending: pending() });
  });

  it('shows claim failures', () => {
    const error = new ApiError('Not eligible', 'FORBIDDEN');
    expect(runnerReducer(initialRunnerState, { type: 'claimFailed', error })).toMatchObject({ phase: 'failed', error });
  });
});

describe('idempotencyKeyFor', () => {
  it('reuses the key when the same answer is sent again for the same assignment', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitFailed', error: new ApiError('down', 'NETWORK_ERROR') });
    const fresh = () => 'fresh';
    expect(idempotencyKeyFor(state, 'a1', { label: 'pos' }, fresh)).toBe('key-a1-pos');
    expect(idempotencyKeyFor(state, 'a1', { label: 'neg' }, fresh)).toBe('fresh');
    expect(idempotencyKeyFor(state, 'a2', { label: 'pos' }, fresh)).toBe('fresh');
    expect(idempotencyKeyFor(working(), 'a1', { label: 'pos' }, fresh)).toBe('fresh');
  });
});

describe('leaseSecondsLeft', () => {
  it('counts down to the lease expiry', () => {
    const now = Date.parse('2030-01-01T00:00:00.000Z');
    expect(leaseSecondsLeft('2030-01-01T00:01:30.000Z', now)).toBe(90);
    expect(leaseSecondsLeft('2029-12-31T23:59:50.000Z', now)).toBe(-10);
    expect(leaseSecondsLeft('not a date', now)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('runnerReducer: training feedback', () => {
  it('keeps the feedback on a gold answer, with the answer and the task config, until dismissed', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending('a1', 'neg') });
    state = runnerReducer(state, { type: 'submitSucceeded', next: assignment('a2'), feedback: { score: 0, expected: { label: 'pos' }, explanation: 'It praises' } });
    expect(state.feedback).toEqual({ assignmentId: 'a1', answer: { label: 'neg' }, config: { labels: [] }, score: 0, expected: { label: 'pos' }, explanation: 'It praises' });
    expect(state.assignment?.id).toBe('a2');
    expect(runnerReducer(state, { type: 'feedbackDismissed' }).feedback).toBeNull();
  });

  it('drops old feedback when the next answer brings none', () => {
    let state = runnerReducer(working(), { type: 'submitStarted', pending: pending() });
    state = runnerReducer(state, { type: 'submitSucceeded', next: assignment('a2'), feedback: { score: 1, expected: { label: 'pos' }, explanation: null } });
    state = runnerReducer(state, { type: 'submitStarted', pending: pending('a2') });
    state = runnerReducer(state, { type: 'submitSucceeded', next: assignment('a3'), feedback: null });
    expect(state.feedback).toBeNull();
  });
});
