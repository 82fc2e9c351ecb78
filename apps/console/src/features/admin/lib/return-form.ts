import { checkLength, cleanId, type AdminFieldError } from './admin-forms';

export type ReturnAnswersForm =
  | { ok: true; projectId: string; reason: string }
  | { ok: false; errors: Partial<Record<'projectId' | 'reason', AdminFieldError>> };

/** Sending a worker's unreviewed answers back: one project (required) and a reason for the audit trail. */
export function parseReturnAnswers(projectIdText: string, reasonText: string): ReturnAnswersForm {
  const errors: Partial<Record<'projectId' | 'reason', AdminFieldError>> = {};
  const projectId = cleanId(projectIdText);
  if (!projectIdText.trim()) errors.projectId = 'admin.required';
  else if (!projectId) errors.projectId = 'admin.idInvalid';
  const reason = reasonText.trim();
  if (!reason) errors.reason = 'admin.required';
  if (Object.keys(errors).length || !projectId) return { ok: false, errors };
  return { ok: true, projectId, reason };
}

/** The API's limits on the note of an appeal's or a held rejection's decision, checked before sending. */
export const DECISION_NOTE = { min: 3, max: 2000 } as const;

/** An appeal or a held rejection is decided with a note (for the audit trail, and the worker or requester). */
export function checkDecisionNote(note: string): AdminFieldError | null {
  return checkLength(note, DECISION_NOTE, 'admin.noteLength');
}
