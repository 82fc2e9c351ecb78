import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { fieldProblem } from '../common/domain-error';
import { isUuid } from '../projects/projects.service';
import { assertWorker, QualityError } from './quality-read.service';

/** Admin actions on bans; every one is audited with who, whom and why. */
@Injectable()
export class BansService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async ban(adminId: string, workerId: string, projectId: string | null, reason: string): Promise<string> {
    await assertWorker(this.db, workerId);
    const [project] = projectId === null || !isUuid(projectId) ? [] : await this.db.query(`SELECT 1 FROM projects WHERE id = $1`, [projectId]);
    if (projectId !== null && !project) throw QualityError.notFound('No such project', 'project.notFound', [fieldProblem('projectId', 'No such project', 'field.projectNotFound')]);
    return this.db.transaction(async (tx) => {
      const [ban] = await tx.query(`INSERT INTO worker_bans (worker_id, project_id, reason, created_by) VALUES ($1, $2, $3, $4) RETURNING id`, [workerId, projectId, reason, adminId]);
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, 'BAN', 'USER', $2, $3, $4)`,
        [adminId, workerId, reason, JSON.stringify({ banId: ban.id, projectId })],
      );
      return ban.id as string;
    });
  }

  /** Lifts a ban (a rule's or an admin's): the worker may claim again at once. */
  async lift(adminId: string, banId: string, reason: string): Promise<void> {
    if (!isUuid(banId)) throw QualityError.notFound('No such ban', 'ban.notFound');
    await this.db.transaction(async (tx) => {
      const [rows] = await tx.query(`UPDATE worker_bans SET lifted_at = now() WHERE id = $1 AND lifted_at IS NULL RETURNING worker_id, project_id`, [banId]);
      if (!rows.length) throw QualityError.notFound('No active ban with this id', 'ban.notActive');
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, 'LIFT_BAN', 'USER', $2, $3, $4)`,
        [adminId, rows[0].worker_id, reason, JSON.stringify({ banId, projectId: rows[0].project_id })],
      );
    });
  }
}
