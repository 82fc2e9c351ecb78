import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { changesOf, PROJECT_EDITED } from '../projects/project-edits';
import type { AuditTrailArgs } from './dto/audit-trail.args';
import type { AuditPageModel } from './models/audit-entry.model';

/** Everyone's trail ($N null), or one person's: what they did and what was done about them. */
const inScope = (person: string) => `${person}::text IS NULL OR (e.subject_kind = 'USER' AND e.subject_id = ${person}) OR e.actor_id = ${person}::uuid`;

// The append-only audit_events every module writes, read newest first with the names of the admin and
// of the person or project acted on. A person's own trail is what they did and what was done about them:
// the (subject_kind, subject_id) and (actor_id) indexes, or'ed.
// Only a project edit's details are read: the others' are ids the trail does not show.
const TRAIL_SQL = `
SELECT count(*) OVER ()::int AS total, e.id, e.created_at, e.action, e.subject_kind, e.subject_id, e.reason,
       a.display_name AS actor_name, s.display_name AS subject_name, s.email AS subject_email,
       p.name AS project_name, CASE WHEN e.action = '${PROJECT_EDITED}' THEN e.details END AS details
  FROM audit_events e
  LEFT JOIN users a ON a.id = e.actor_id
  LEFT JOIN users s ON e.subject_kind = 'USER' AND s.id::text = e.subject_id
  LEFT JOIN projects p ON e.subject_kind = 'PROJECT' AND p.id::text = e.subject_id
 WHERE ${inScope('$3')}
 ORDER BY e.id DESC LIMIT $1 OFFSET $2`;

interface Row {
  total: number;
  id: string;
  created_at: Date;
  action: string;
  subject_kind: string;
  subject_id: string;
  reason: string;
  actor_name: string | null;
  subject_name: string | null;
  subject_email: string | null;
  project_name: string | null;
  details: unknown;
}

/** What admins and quality rules did, for admins to see: every admin action is audited and shown. */
@Injectable()
export class AuditTrail {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page({ userId, offset, limit }: AuditTrailArgs): Promise<AuditPageModel> {
    const rows: Row[] = await this.db.query(TRAIL_SQL, [limit, offset, userId ?? null]);
    const total = rows[0]?.total ?? (offset > 0 ? await this.count(userId) : 0);
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        at: r.created_at,
        action: r.action,
        actorName: r.actor_name,
        subjectKind: r.subject_kind,
        subjectId: r.subject_id,
        subjectName: subjectName(r),
        reason: r.reason,
        projectChanges: r.details == null ? null : changesOf(r.details),
      })),
    };
  }

  /** The total when the page asked for lies past the end (no row carries it). */
  private async count(userId: string | undefined): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM audit_events e WHERE ${inScope('$1')}`,
      [userId ?? null],
    );
    return row.n;
  }
}

/** A person by name and email, a project by its name (as it is now: an edit's details hold the names it had). */
function subjectName(r: Row): string | null {
  if (r.subject_name !== null) return `${r.subject_name} (${r.subject_email})`;
  return r.project_name;
}
