import { parseMoneyToCents } from '@fourmi/ui';

export type AdminFieldError = 'admin.required' | 'admin.amountInvalid' | 'admin.idInvalid' | 'admin.noteLength' | 'admin.reasonLength';

/** A required text of `min` to `max` characters once trimmed, as the API checks it: what is wrong, or null. */
export function checkLength(text: string, { min, max }: { min: number; max: number }, wrongLength: AdminFieldError): AdminFieldError | null {
  const trimmed = text.trim();
  if (!trimmed) return 'admin.required';
  return trimmed.length < min || trimmed.length > max ? wrongLength : null;
}

/** The API's limits on an admin's reason for a ban, its lift, a suspension or a reinstatement. */
export const ADMIN_REASON = { min: 3, max: 1000 } as const;

/** An admin's reason (kept in the audit trail), checked before sending. */
export const checkAdminReason = (reason: string): AdminFieldError | null => checkLength(reason, ADMIN_REASON, 'admin.reasonLength');

/** Ids are UUIDs or numbers; anything with spaces inside is a typing mistake. */
export function cleanId(text: string): string | null {
  const id = text.trim();
  return id && /^[\w-]+$/.test(id) ? id : null;
}

export type AdjustmentForm =
  | { ok: true; userId: string; amountCents: number; reason: string }
  | { ok: false; errors: Partial<Record<'userId' | 'amount' | 'reason', AdminFieldError>> };

/** A manual credit or refund: a user id, a positive amount and a reason for the audit trail. */
export function parseAdjustment(userIdText: string, amountText: string, reasonText: string): AdjustmentForm {
  const errors: Partial<Record<'userId' | 'amount' | 'reason', AdminFieldError>> = {};
  const userId = cleanId(userIdText);
  if (!userIdText.trim()) errors.userId = 'admin.required';
  else if (!userId) errors.userId = 'admin.idInvalid';
  const amountCents = parseMoneyToCents(amountText);
  if (amountCents === null || amountCents <= 0) errors.amount = 'admin.amountInvalid';
  const reason = reasonText.trim();
  if (!reason) errors.reason = 'admin.required';
  if (Object.keys(errors).length || !userId || amountCents === null) return { ok: false, errors };
  return { ok: true, userId, amountCents, reason };
}

export type BanForm =
  | { ok: true; workerId: string; projectId: string | null; reason: string }
  | { ok: false; errors: Partial<Record<'workerId' | 'projectId' | 'reason', AdminFieldError>> };

/** A ban: a worker, optionally one project (none: everywhere), and a reason of 3 to 1,000 characters. */
export function parseBan(workerIdText: string, projectIdText: string, reasonText: string): BanForm {
  const errors: Partial<Record<'workerId' | 'projectId' | 'reason', AdminFieldError>> = {};
  const workerId = cleanId(workerIdText);
  if (!workerIdText.trim()) errors.workerId = 'admin.required';
  else if (!workerId) errors.workerId = 'admin.idInvalid';
  const projectId = projectIdText.trim() ? cleanId(projectIdText) : null;
  if (projectIdText.trim() && !projectId) errors.projectId = 'admin.idInvalid';
  const reason = reasonText.trim();
  const wrongReason = checkAdminReason(reason);
  if (wrongReason) errors.reason = wrongReason;
  if (Object.keys(errors).length || !workerId) return { ok: false, errors };
  return { ok: true, workerId, projectId, reason };
}

/** One key per intended adjustment: a double click or a retry applies it once. */
export function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** "kind:CLASSIFICATION" → { scope: 'kind', target: 'CLASSIFICATION' }. */
export function splitSkill(skill: string): { scope: string; target: string } {
  const at = skill.indexOf(':');
  return at < 0 ? { scope: '', target: skill } : { scope: skill.slice(0, at), target: skill.slice(at + 1) };
}
