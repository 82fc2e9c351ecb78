import type { EntityManager } from 'typeorm';

/** Projects remembered; forgotten all at once beyond this (they are read again). */
const MAX_PROJECTS = 10_000;

/**
 * Each project's agreement rule (`flagBelowAgreement`, or none), read once per replica: a project's
 * quality rules are set when it is created and never change, and the event relay asks for them at
 * every pass that carries a completed item (up to twenty a second under load).
 */
export class AgreementRules {
  private readonly known = new Map<string, number | undefined>();

  /** The thresholds of those of `projectIds` that have the rule. */
  async of(tx: EntityManager, projectIds: string[]): Promise<Map<string, number>> {
    const unknown = [...new Set(projectIds)].filter((id) => !this.known.has(id));
    if (unknown.length) {
      const rows: { id: string; threshold: number | null }[] = await tx.query(
        `SELECT id, (quality_rules->>'flagBelowAgreement')::float8 AS threshold FROM projects WHERE id = ANY ($1::uuid[])`,
        [unknown],
      );
      if (this.known.size + unknown.length > MAX_PROJECTS) this.known.clear();
      const found = new Map(rows.map((r) => [r.id, r.threshold ?? undefined]));
      // A project not found (deleted) is not remembered: it is asked again, and again not found.
      for (const id of unknown) if (found.has(id)) this.known.set(id, found.get(id));
    }
    const thresholds = new Map<string, number>();
    for (const id of projectIds) {
      const threshold = this.known.get(id);
      if (threshold !== undefined) thresholds.set(id, threshold);
    }
    return thresholds;
  }
}
