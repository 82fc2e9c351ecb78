import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.decorator';
import { Role } from '../users/user.entity';
import type { ProjectEditsArgs } from './dto/project-edits.args';
import type { ProjectEditPageModel } from './models/project-edit.model';
import { changesOf, PROJECT_EDITED } from './project-edits';
import { ProjectsError } from './projects.service';
import { fieldProblem } from '../common/domain-error';

// A project's edits from the audit trail, newest first, through its (subject_kind, subject_id) index.
const EDITS_SQL = `
SELECT count(*) OVER ()::int AS total, e.id, e.created_at, e.details, u.display_name AS editor_name
  FROM audit_events e
  LEFT JOIN users u ON u.id = e.actor_id
 WHERE e.subject_kind = 'PROJECT' AND e.subject_id = $1 AND e.action = $2
 ORDER BY e.id DESC LIMIT $3 OFFSET $4`;

interface Row {
  total: number;
  id: string;
  created_at: Date;
  details: unknown;
  editor_name: string | null;
}

/** What changed on a project, for its owner and for admins (who settle appeals against the instructions of the day). */
@Injectable()
export class ProjectHistory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(user: AuthUser, { projectId, offset, limit }: ProjectEditsArgs): Promise<ProjectEditPageModel> {
    await this.assertReadable(user, projectId);
    const rows: Row[] = await this.db.query(EDITS_SQL, [projectId, PROJECT_EDITED, limit, offset]);
    const total = rows[0]?.total ?? (offset > 0 ? await this.count(projectId) : 0);
    return {
      total,
      items: rows.map((r) => ({ id: r.id, at: r.created_at, editorName: r.editor_name, changes: changesOf(r.details) })),
    };
  }

  /** The owner reads their project's history, an admin any project's; to anyone else the project does not exist. */
  private async assertReadable(user: AuthUser, projectId: string): Promise<void> {
    const admin = user.roles.includes(Role.ADMIN);
    const [project] = await this.db.query(`SELECT 1 FROM projects WHERE id = $1 AND ($2 OR owner_id = $3)`, [projectId, admin, user.id]);
    if (!project) throw ProjectsError.notFound('No such project', 'project.notFound', [fieldProblem('projectId', 'No such project', 'field.projectNotFound')]);
  }

  /** The total when the page asked for lies past the end (no row carries it). */
  private async count(projectId: string): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject_kind = 'PROJECT' AND subject_id = $1 AND action = $2`, [
      projectId,
      PROJECT_EDITED,
    ]);
    return row.n;
  }
}
