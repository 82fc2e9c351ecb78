import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, fieldProblem } from '../common/domain-error';
import type { ProjectEntity } from '../projects/project.entity';
import { EventsService } from '../events/events.service';
import { isUuid, ProjectsService } from '../projects/projects.service';
import { assertWorker } from '../quality/quality-read.service';
import { projectSkill } from '../quality/quality-rules';
import { SKILL_PRIOR_MEAN } from '../quality/skills';
import { AssignmentTransitions } from './assignment-transitions';
import { consensusOf, type Voter } from './consensus';

export class RedoError extends DomainError {}

/**
 * Sends a worker's unreviewed answers of a project back to be done again by others (typically after a
 * ban): each answer is returned, unpaid, and its item reopens with a free slot and a consensus
 * recomputed without it. Items of batches that have ended are left alone (their escrow is settled).
 */
@Injectable()
export class RedoService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
    private readonly events: EventsService,
    private readonly transitions: AssignmentTransitions,
  ) {}

  async returnAnswers(actor: { id: string; admin: boolean }, projectId: string, workerId: string, reason: string): Promise<number> {
    const project = !isUuid(projectId) ? null : actor.admin ? (await this.projects.findByIds([projectId]))[0] : await this.projects.getOwned(projectId, actor.id);
    if (!project) throw new RedoError('NOT_FOUND', 'No such project', [{ path: 'projectId', message: 'No such project' }]);
    await assertWorker(this.db, workerId);
    if (reason.trim().length < 3) throw RedoError.invalid([fieldProblem('reason', 'Give a reason of at least 3 characters', 'field.reasonAtLeast', { min: 3 })]);
    return this.db.transaction(async (tx) => {
      const [returned]: [{ id: string; task_id: string; batch_id: string }[]] = await tx.query(
        `UPDATE assignments a SET status = 'RETURNED'
           FROM tasks t JOIN batches b ON b.id = t.batch_id
          WHERE t.id = a.task_id AND a.project_id = $1 AND a.worker_id = $2 AND a.status = 'SUBMITTED' AND NOT a.is_gold
            AND b.status IN ('PUBLISHED', 'PAUSED')
         RETURNING a.id::text, a.task_id::text, t.batch_id`,
        [project.id, workerId],
      );
      // Batches before tasks, in id order, as a review's rejection takes them (its decisions lock the
      // batches, its recount the tasks): taken the other way round, the two could deadlock.
      await tx.query(`SELECT 1 FROM batches WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[...new Set(returned.map((r) => r.batch_id))]]);
      for (const { task_id } of returned) await this.reopen(tx, task_id, project);
      await this.events.emitMany(
        tx,
        returned.map((r) => ({ type: 'assignment.returned', projectId: project.id, batchId: r.batch_id, taskId: r.task_id, assignmentId: r.id })),
      );
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, 'ANSWERS_RETURNED', 'USER', $2, $3, $4)`,
        [actor.id, workerId, reason.trim(), JSON.stringify({ projectId: project.id, answers: returned.length })],
      );
      return returned.length;
    });
  }

  /** One answer fewer on the item: a slot frees, the consensus is redone, and a completed item opens again. */
  private async reopen(tx: EntityManager, taskId: string, project: ProjectEntity): Promise<void> {
    // The task's row lock orders this with submits: theirs write only if the answer count they read holds.
    const [task] = await tx.query(`SELECT status, batch_id FROM tasks WHERE id = $1 FOR UPDATE`, [taskId]);
    const voters: Voter[] = await tx.query(
      `SELECT a.answer, coalesce(s.value, $2) AS accuracy FROM assignments a
         LEFT JOIN worker_skills s ON s.worker_id = a.worker_id AND s.skill = $3
        WHERE a.task_id = $1 AND a.status IN ('SUBMITTED', 'ACCEPTED') ORDER BY a.id`,
      [taskId, SKILL_PRIOR_MEAN, projectSkill(project.id)],
    );
    const consensus = consensusOf(project.kind, project.config, voters);
    await tx.query(
      `UPDATE tasks SET submitted_count = submitted_count - 1, live_count = live_count - 1, consensus = $2,
              status = CASE WHEN status = 'COMPLETED' THEN 'OPEN' ELSE status END
        WHERE id = $1`,
      [taskId, consensus ? JSON.stringify(consensus) : null],
    );
    if (task.status === 'COMPLETED') await this.transitions.completedItemReopened(tx, { projectId: project.id, batchId: task.batch_id, taskId }, 1);
    else await tx.query(`UPDATE batches SET answer_count = answer_count - 1 WHERE id = $1`, [task.batch_id]);
  }
}
