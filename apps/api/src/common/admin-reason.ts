import { DomainError, fieldProblem } from './domain-error';

/** An admin's reason for an audited action (a ban, a suspension, a decision): 3 to 1,000 characters, trimmed. */
export function checkReason(reason: string, path = 'reason'): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 1000) throw DomainError.invalid([fieldProblem(path, 'Give a reason of 3 to 1,000 characters', 'field.reasonBetween', { min: 3, max: 1000 })]);
  return trimmed;
}
