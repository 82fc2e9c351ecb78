import { parseMoneyToCents } from '@fourmi/ui';

/** What the requester decided: in this page's life, or earlier (the answer's status from the API). */
export type Decision = 'ACCEPTED' | 'REJECTED';

/** An answer of the page as the API gives it: SUBMITTED until reviewed. */
export interface ReviewedAnswer {
  assignmentId: string;
  status: string;
}

export interface ReviewState {
  /** Assignment ids ticked for the next bulk action. */
  selected: ReadonlySet<string>;
  decided: Readonly<Record<string, Decision>>;
}

export type ReviewAction =
  | { type: 'toggle'; id: string }
  | { type: 'select'; ids: readonly string[]; on: boolean }
  | { type: 'clear' }
  | { type: 'decided'; results: readonly { id: string; status: string }[] };

export const initialReviewState: ReviewState = { selected: new Set(), decided: {} };

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'toggle': {
      const selected = new Set(state.selected);
      if (selected.has(action.id)) selected.delete(action.id);
      else if (!state.decided[action.id]) selected.add(action.id);
      return { ...state, selected };
    }
    case 'select': {
      const selected = new Set(state.selected);
      for (const id of action.ids) {
        if (action.on && !state.decided[id]) selected.add(id);
        else selected.delete(id);
      }
      return { ...state, selected };
    }
    case 'clear':
      return { ...state, selected: new Set() };
    case 'decided': {
      const decided = { ...state.decided };
      const selected = new Set(state.selected);
      for (const { id, status } of action.results) {
        if (status === 'ACCEPTED' || status === 'REJECTED') decided[id] = status;
        selected.delete(id);
      }
      return { selected, decided };
    }
  }
}

/** The decision on an answer: taken on this page, else the one the API reports (after a reload). */
export function decisionOf(state: ReviewState, answer: ReviewedAnswer): Decision | undefined {
  const status = state.decided[answer.assignmentId] ?? answer.status;
  return status === 'ACCEPTED' || status === 'REJECTED' ? status : undefined;
}

/** The ids among `answers` still open to a decision. */
export function undecided(state: ReviewState, answers: readonly ReviewedAnswer[]): string[] {
  return answers.filter((a) => !decisionOf(state, a)).map((a) => a.assignmentId);
}

export const REASON_MIN = 3;
export const REASON_MAX = 500;

export type ReasonError = 'review.reasonRequired' | 'review.reasonTooShort' | 'review.reasonTooLong';

/** A rejection reason is shown to the worker: required, and long enough to mean something. */
export function checkReason(text: string): ReasonError | null {
  const reason = text.trim();
  if (!reason) return 'review.reasonRequired';
  if (reason.length < REASON_MIN) return 'review.reasonTooShort';
  if (reason.length > REASON_MAX) return 'review.reasonTooLong';
  return null;
}

export type BonusForm =
  | { ok: true; amountCents: number; message: string }
  | { ok: false; errors: { amount?: 'review.bonusAmountInvalid'; message?: 'review.bonusMessageRequired' } };

/** Reads the bonus form: a positive amount in the currency's units and a message for the worker. */
export function parseBonus(amountText: string, messageText: string): BonusForm {
  const cents = parseMoneyToCents(amountText);
  const message = messageText.trim();
  const errors: { amount?: 'review.bonusAmountInvalid'; message?: 'review.bonusMessageRequired' } = {};
  if (cents === null || cents <= 0) errors.amount = 'review.bonusAmountInvalid';
  if (!message) errors.message = 'review.bonusMessageRequired';
  if (errors.amount || errors.message || cents === null) return { ok: false, errors };
  return { ok: true, amountCents: cents, message };
}
