import type { EntityManager } from 'typeorm';

/** What a requester may change on a project after creating it, as the audit records it. */
export enum ProjectField {
  NAME = 'name',
  INSTRUCTIONS = 'instructions',
  GOLD_RATIO = 'goldRatio',
}

/** The edited fields' values: the name and instructions are text, the gold ratio a fraction. */
export interface EditableProject {
  name: string;
  instructions: string;
  goldRatio: number;
}

/** One field's value before and after an edit, as stored in the audit event's details. */
export interface ProjectFieldChange {
  field: ProjectField;
  before: string | number;
  after: string | number;
}

export const PROJECT_EDITED = 'PROJECT_EDITED';

/** The fields an edit changes, in the form's order; none when the edit sends back what is there. */
export function projectChanges(before: EditableProject, after: EditableProject): ProjectFieldChange[] {
  const changes: ProjectFieldChange[] = [];
  if (before.name !== after.name) changes.push({ field: ProjectField.NAME, before: before.name, after: after.name });
  if (before.instructions !== after.instructions) changes.push({ field: ProjectField.INSTRUCTIONS, before: before.instructions, after: after.instructions });
  // The column is a `real`: 0.1 comes back as its float4 rounding, which is still the 0.1 the requester typed.
  if (Math.fround(before.goldRatio) !== Math.fround(after.goldRatio)) changes.push({ field: ProjectField.GOLD_RATIO, before: before.goldRatio, after: after.goldRatio });
  return changes;
}

/**
 * Writes the edit to the append-only audit trail, inside the caller's transaction so an edit is never
 * left unaudited. The requester gives no reason: the before and after of each field say what happened.
 */
export async function auditProjectEdit(tx: EntityManager, actorId: string, projectId: string, changes: ProjectFieldChange[]): Promise<void> {
  await tx.query(`INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, $2, 'PROJECT', $3, '', $4)`, [
    actorId,
    PROJECT_EDITED,
    projectId,
    JSON.stringify({ changes }),
  ]);
}

/** The changes an audit event's details hold, as text for the GraphQL models (the gold ratio as a decimal). */
export function changesOf(details: unknown): { field: ProjectField; before: string; after: string }[] {
  const changes = (details as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes)) return [];
  return changes
    .filter((c): c is ProjectFieldChange => Object.values(ProjectField).includes(c?.field))
    .map((c) => ({ field: c.field, before: String(c.before), after: String(c.after) }));
}
