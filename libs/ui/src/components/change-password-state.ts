import type { ApiError } from '@fourmi/api-client';

/** What `changePassword` takes (ChangePasswordInput). */
export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
}

/** A new password and its confirmation, checked here (a password change, a reset link's page). */
export interface NewPasswordDraft {
  newPassword: string;
  confirmPassword: string;
}

export type NewPasswordField = keyof NewPasswordDraft;

/** The form's fields: the API's two, and the confirmation checked here. */
export interface ChangePasswordDraft extends ChangePasswordValues, NewPasswordDraft {}

export type ChangePasswordField = keyof ChangePasswordDraft;

/** The fields the API names in its field problems, shown beside them rather than in the alert. */
export const CHANGE_PASSWORD_API_FIELDS: readonly ChangePasswordField[] = ['currentPassword', 'newPassword'];

/** The length the API asks of a new password (as at sign-up; its hint says so). */
export const PASSWORD_MIN_LENGTH = 10;

export type ChangePasswordProblem = { key: 'field.required' } | { key: 'field.tooShort'; min: number } | { key: 'ui.password.mismatch' };

/**
 * A new password's problems seen before asking the API: an empty field, a new password shorter than the
 * API takes, and a confirmation that is not the new password (named on the confirmation, the field to
 * retype). The API's other refusals (a common password, one too like the email) come back on its field.
 */
export function checkNewPassword(draft: NewPasswordDraft): Partial<Record<NewPasswordField, ChangePasswordProblem>> {
  const problems: Partial<Record<NewPasswordField, ChangePasswordProblem>> = {};
  if (!draft.newPassword) problems.newPassword = { key: 'field.required' };
  else if (draft.newPassword.length < PASSWORD_MIN_LENGTH) problems.newPassword = { key: 'field.tooShort', min: PASSWORD_MIN_LENGTH };
  if (!draft.confirmPassword) problems.confirmPassword = { key: 'field.required' };
  else if (draft.newPassword && draft.confirmPassword !== draft.newPassword) problems.confirmPassword = { key: 'ui.password.mismatch' };
  return problems;
}

/** checkNewPassword's problems, and an empty current password (a wrong one is the API's to say). */
export function checkChangePassword(draft: ChangePasswordDraft): Partial<Record<ChangePasswordField, ChangePasswordProblem>> {
  return { ...(draft.currentPassword ? {} : { currentPassword: { key: 'field.required' } as const }), ...checkNewPassword(draft) };
}

export interface ChangePasswordState {
  draft: ChangePasswordDraft;
  problems: Partial<Record<ChangePasswordField, ChangePasswordProblem>>;
  /** The API's refusal of an earlier attempt, no longer shown once a new attempt was refused here. */
  staleError: ApiError | null;
  /** The password was changed by the last attempt (the form is empty again). */
  changed: boolean;
}

export type ChangePasswordAction =
  | { type: 'edit'; field: ChangePasswordField; value: string }
  /** Submitted: `error` is the API's refusal shown until now. */
  | { type: 'submit'; error: ApiError | null | undefined }
  | { type: 'changed' };

const EMPTY: ChangePasswordDraft = { currentPassword: '', newPassword: '', confirmPassword: '' };

export const initialChangePasswordState: ChangePasswordState = { draft: EMPTY, problems: {}, staleError: null, changed: false };

export function changePasswordReducer(state: ChangePasswordState, action: ChangePasswordAction): ChangePasswordState {
  switch (action.type) {
    case 'edit':
      return { ...state, draft: { ...state.draft, [action.field]: action.value } };
    case 'submit': {
      const problems = checkChangePassword(state.draft);
      const refusedHere = Object.keys(problems).length > 0;
      // A refusal here says what is wrong now: the API's answer to the last attempt would mislead beside it.
      return { ...state, problems, staleError: refusedHere ? (action.error ?? null) : null, changed: false };
    }
    case 'changed':
      // Nothing of the passwords stays on screen.
      return { ...initialChangePasswordState, changed: true };
  }
}

