import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, fieldProblem } from '../common/domain-error';
import { EventsService } from '../events/events.service';
import { isUuid, ProjectsService } from '../projects/projects.service';
import { assertWorker } from '../quality/quality-read.service';
import { AssignmentTransitions } from './assignment-transitions';

export class RedoError extends DomainError {}

/**
 * Sends a worker's unreviewed answers of a project back to be done again by others (typically after a
 * ban): each answer is returned, unpaid, and its item reopens with a free slot and a consensus
 * counted again without it (AssignmentTransitions.recountConsensus, as after a rejection). Items of batches that have ended are left alone (their escrow is settled).
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
    if (!project) throw RedoError.notFound('No such project', 'project.notFound', [fieldProblem('projectId', 'No such project', 'field.projectNotFound')]);
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
      for (const { task_id } of returned) await this.reopen(tx, task_id, project.id);
      // Each item's consensus counted again without the answers returned, as a rejection's is.
      await this.transitions.recountConsensus(tx, returned.map((r) => r.id));
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

  /** One answer fewer on the item: a slot frees, and a completed item opens again. */
  private async reopen(tx: EntityManager, taskId: string, projectId: string): Promise<void> {
    // The task's row lock orders this with submits: theirs write only if the answer count they read holds.
    const [task] = await tx.query(`SELECT status, batch_id FROM tasks WHERE id = $1 FOR UPDATE`, [taskId]);
    await tx.query(
      `UPDATE tasks SET submitted_count = submitted_count - 1, live_count = live_count - 1,
              status = CASE WHEN status = 'COMPLETED' THEN 'OPEN' ELSE status END
        WHERE id = $1`,
      [taskId],
    );
    if (task.status === 'COMPLETED') await this.transitions.completedItemReopened(tx, { projectId, batchId: task.batch_id, taskId }, 1);
    else await tx.query(`UPDATE batches SET answer_count = answer_count - 1 WHERE id = $1`, [task.batch_id]);
  }
}
