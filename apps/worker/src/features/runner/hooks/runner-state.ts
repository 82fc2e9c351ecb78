import type { ApiError, ApiErrorReason, WorkerAssignmentFragment } from '@fourmi/api-client';

export type Assignment = WorkerAssignmentFragment;

/**
 * The task runner as a state machine:
 * claiming → working → submitting → (next task: working | no next: claiming) … → empty.
 * A task that is no longer ours (lease expired and taken, already answered elsewhere) claims again.
 */
export type RunnerPhase = 'claiming' | 'working' | 'submitting' | 'skipping' | 'empty' | 'failed';

export type RunnerNotice =
  /** `config` is the answered task's project config, to name its label once no task is shown. */
  | { kind: 'sent'; answer: unknown; config: unknown }
  | { kind: 'skipped' }
  /**
   * leaseExpired and alreadySubmitted are said in the app's words; leaseLost (given back, gone) from the
   * API's reason when the app knows it (`refusal`), else in the API's English message.
   */
  | { kind: 'taskGone'; reason: 'leaseExpired' | 'leaseLost' | 'alreadySubmitted'; message: string; refusal?: ApiErrorReason };

/** Training projects: what the API said about a gold answer, shown above the next task until dismissed. */
export interface GoldFeedbackView {
  assignmentId: string;
  /** The worker's answer, for comparison with the expected one. */
  answer: unknown;
  /** The project's config of the answered task, to put both answers in the task's words. */
  config: unknown;
  /** 1 right, 0 wrong, partial credit between. */
  score: number;
  expected: unknown;
  explanation: string | null;
}

export interface SubmittedFeedback {
  score: number;
  expected: unknown;
  explanation: string | null;
}

export interface PendingAnswer {
  assignmentId: string;
  answer: unknown;
  idempotencyKey: string;
}

export interface RunnerState {
  phase: RunnerPhase;
  assignment: Assignment | null;
  /** Answers sent since the runner opened. */
  done: number;
  notice: RunnerNotice | null;
  /** The last error: a failed claim (phase failed) or a failed send (phase working, can retry). */
  error: ApiError | null;
  /** The answer being sent, kept after a failure so a retry reuses its idempotency key. */
  pending: PendingAnswer | null;
  /** Feedback on the last answer when it was a training gold item; replaced by the next answer. */
  feedback: GoldFeedbackView | null;
}

export type RunnerAction =
  | { type: 'claimStarted' }
  | { type: 'claimSucceeded'; assignment: Assignment | null }
  | { type: 'claimFailed'; error: ApiError }
  | { type: 'submitStarted'; pending: PendingAnswer }
  | { type: 'submitSucceeded'; next: Assignment | null; feedback?: SubmittedFeedback | null }
  | { type: 'feedbackDismissed' }
  | { type: 'submitFailed'; error: ApiError }
  | { type: 'skipStarted' }
  | { type: 'skipSucceeded'; next: Assignment | null }
  | { type: 'skipFailed'; error: ApiError };

export const initialRunnerState: RunnerState = {
  phase: 'claiming',
  assignment: null,
  done: 0,
  notice: null,
  error: null,
  pending: null,
  feedback: null,
};

/**
 * The API refuses an answer with these codes when the task is no longer this worker's: the lease
 * expired and another worker took the slot, it was given back, or it was already answered (another tab).
 */
export function isTaskGone(error: ApiError): boolean {
  return ['LEASE_EXPIRED', 'ALREADY_SUBMITTED', 'CONFLICT', 'NOT_FOUND'].includes(error.code);
}

const goneReasons: Record<string, 'leaseExpired' | 'alreadySubmitted'> = { LEASE_EXPIRED: 'leaseExpired', ALREADY_SUBMITTED: 'alreadySubmitted' };

function taskGone(state: RunnerState, error: ApiError): RunnerState {
  return {
    ...state,
    phase: 'claiming',
    assignment: null,
    pending: null,
    error: null,
    notice: { kind: 'taskGone', reason: goneReasons[error.code] ?? 'leaseLost', message: error.message, ...(error.reason && { refusal: error.reason }) },
  };
}

export function runnerReducer(state: RunnerState, action: RunnerAction): RunnerState {
  switch (action.type) {
    case 'claimStarted':
      // Also when leaving a task whose time is up: the old task goes, and the page says a new one is coming.
      return { ...state, phase: 'claiming', assignment: null, error: null };
    case 'claimSucceeded':
      return action.assignment
        ? { ...state, phase: 'working', assignment: action.assignment, error: null, pending: null }
        : { ...state, phase: 'empty', assignment: null, error: null, pending: null };
    case 'claimFailed':
      return { ...state, phase: 'failed', assignment: null, error: action.error };
    case 'submitStarted':
      if (state.phase !== 'working') return state; // one answer at a time
      return { ...state, phase: 'submitting', pending: action.pending, error: null };
    case 'submitSucceeded': {
      const notice: RunnerNotice = { kind: 'sent', answer: state.pending?.answer, config: state.assignment?.project.config ?? null };
      const feedback: GoldFeedbackView | null =
        action.feedback && state.pending
          ? { assignmentId: state.pending.assignmentId, answer: state.pending.answer, config: state.assignment?.project.config ?? null, ...action.feedback }
          : null;
      const base = { ...state, done: state.done + 1, notice, error: null, pending: null, feedback };
      return action.next ? { ...base, phase: 'working', assignment: action.next } : { ...base, phase: 'claiming', assignment: null };
    }
    case 'submitFailed':
      if (isTaskGone(action.error)) return taskGone(state, action.error);
      // Keep the task and the pending answer: sending again reuses the same idempotency key.
      return { ...state, phase: 'working', error: action.error };
    case 'feedbackDismissed':
      return { ...state, feedback: null };
    case 'skipStarted':
      if (state.phase !== 'working') return state;
      return { ...state, phase: 'skipping', error: null };
    case 'skipSucceeded': {
      const base = { ...state, notice: { kind: 'skipped' } as const, error: null, pending: null };
      return action.next ? { ...base, phase: 'working', assignment: action.next } : { ...base, phase: 'empty', assignment: null };
    }
    case 'skipFailed':
      if (isTaskGone(action.error)) return taskGone(state, action.error);
      return { ...state, phase: 'working', error: action.error };
  }
}

/**
 * The idempotency key for sending `answer`: the pending one when it is a retry of the very same
 * answer to the same assignment (so a send that did reach the server is not counted twice), else new.
 */
export function idempotencyKeyFor(state: RunnerState, assignmentId: string, answer: unknown, newKey: () => string): string {
  const pending = state.pending;
  if (pending && pending.assignmentId === assignmentId && JSON.stringify(pending.answer) === JSON.stringify(answer)) {
    return pending.idempotencyKey;
  }
  return newKey();
}

/** Seconds left on the lease (negative once expired). */
export function leaseSecondsLeft(leaseExpiresAt: string, now: number): number {
  const expires = Date.parse(leaseExpiresAt);
  return Number.isNaN(expires) ? Number.POSITIVE_INFINITY : (expires - now) / 1000;
}
