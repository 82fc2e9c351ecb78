import { taskConsensus } from '@fourmi/quality';
import { taskKinds } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, prefixFields } from '../common/domain-error';
import type { ProjectEntity } from '../projects/project.entity';
import { ProjectsService } from '../projects/projects.service';
import { AssignmentStatus } from './assignment.entity';
import { CLAIM_SQL, SWEEP_SQL } from './claim.sql';

export class DispatchError extends DomainError {}

export interface Lease {
  id: string;
  projectId: string;
  input: unknown;
  leaseExpiresAt: Date;
}

export interface Submission {
  assignmentId: string;
  projectId: string;
  status: AssignmentStatus;
}

interface LockedAssignment {
  id: string;
  worker_id: string;
  task_id: string;
  project_id: string;
  status: AssignmentStatus;
  idempotency_key: string | null;
  input: unknown;
  kind: ProjectEntity['kind'];
  config: unknown;
}

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class DispatchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /** Leases the next task of a project to a worker, or null when none is left for them. */
  async claimNext(workerId: string, projectId: string): Promise<Lease | null> {
    const project = await this.projects.getActive(projectId);
    const lease = await this.tryClaim(workerId, project);
    if (lease) return lease;
    // Nothing free: expired leases of this project may be holding the last slots.
    const freed = await this.db.query(SWEEP_SQL, [project.id]);
    return freed[0].length ? this.tryClaim(workerId, project) : null;
  }

  private async tryClaim(workerId: string, project: ProjectEntity, attempt = 1): Promise<Lease | null> {
    try {
      const rows: { id: string; lease_expires_at: Date; input: unknown }[] = await this.db.query(CLAIM_SQL, [
        project.id,
        workerId,
        project.leaseSeconds,
        project.rewardCents,
      ]);
      const row = rows[0];
      return row ? { id: row.id, projectId: project.id, input: row.input, leaseExpiresAt: row.lease_expires_at } : null;
    } catch (error) {
      // Two claims of one worker raced past NOT EXISTS to the same task; the unique key refused one.
      // The worker must never see that: claim again (the task is now theirs, so the next one is picked).
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION && attempt < 5) {
        return this.tryClaim(workerId, project, attempt + 1);
      }
      throw error;
    }
  }

  /**
   * Stores an answer in one transaction: validated by the task kind, counted, consensus updated.
   * The same idempotency key returns the first result; a late answer keeps its slot if still free.
   */
  async submit(workerId: string, assignmentId: string, rawAnswer: unknown, idempotencyKey: string): Promise<Submission> {
    return this.db.transaction(async (tx) => {
      const a = await this.lockAssignment(tx, workerId, assignmentId);
      if (a.status === AssignmentStatus.SUBMITTED || a.status === AssignmentStatus.ACCEPTED || a.status === AssignmentStatus.REJECTED) {
        if (a.idempotency_key === idempotencyKey) return { assignmentId: a.id, projectId: a.project_id, status: a.status };
        throw new DispatchError('ALREADY_SUBMITTED', 'You already answered this task');
      }
      if (a.status !== AssignmentStatus.LEASED && a.status !== AssignmentStatus.EXPIRED) {
        throw new DispatchError('CONFLICT', 'This task was given back and can no longer be answered');
      }
      const kind = taskKinds[a.kind];
      const answer = kind.parseAnswer(rawAnswer, a.config, a.input);
      if (!answer.ok) throw DispatchError.invalid(prefixFields('answer', answer.errors), 'The answer is not valid');
      if (a.status === AssignmentStatus.EXPIRED) await this.retakeSlot(tx, a.task_id);
      await tx.query(
        `UPDATE assignments SET status = 'SUBMITTED', answer = $2, idempotency_key = $3, submitted_at = now() WHERE id = $1`,
        [a.id, JSON.stringify(answer.value), idempotencyKey],
      );
      await this.countAnswer(tx, a);
      return { assignmentId: a.id, projectId: a.project_id, status: AssignmentStatus.SUBMITTED };
    });
  }

  private async lockAssignment(tx: EntityManager, workerId: string, assignmentId: string): Promise<LockedAssignment> {
    const rows: LockedAssignment[] = await tx.query(
      `SELECT a.id, a.worker_id, a.task_id, a.project_id, a.status, a.idempotency_key, t.input, p.kind, p.config
         FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN projects p ON p.id = a.project_id
        WHERE a.id = $1 FOR UPDATE OF a`,
      [assignmentId],
    );
    const a = rows[0];
    if (!a || a.worker_id !== workerId) throw new DispatchError('NOT_FOUND', 'No such assignment');
    return a;
  }

  /** A swept lease answered late: kept only if its task still has a free slot. */
  private async retakeSlot(tx: EntityManager, taskId: string): Promise<void> {
    const [, taken] = await tx.query(
      `UPDATE tasks SET live_count = live_count + 1 WHERE id = $1 AND status = 'OPEN' AND live_count < target_overlap`,
      [taskId],
    );
    if (!taken) throw new DispatchError('LEASE_EXPIRED', 'Your time for this task ran out and another worker took it; your answer was not needed');
  }

  /** Counts the answer and refreshes the task's consensus from every answer it has. */
  private async countAnswer(tx: EntityManager, a: LockedAssignment): Promise<void> {
    const answers: { answer: unknown }[] = await tx.query(
      `SELECT answer FROM assignments WHERE task_id = $1 AND status IN ('SUBMITTED', 'ACCEPTED')`,
      [a.task_id],
    );
    const kind = taskKinds[a.kind];
    const votes = answers.flatMap((row) => {
      const key = kind.voteKey(row.answer, a.config);
      return key === null ? [] : [{ key }];
    });
    const consensus = taskConsensus(votes);
    await tx.query(
      `UPDATE tasks SET submitted_count = submitted_count + 1,
              status = CASE WHEN submitted_count + 1 >= target_overlap THEN 'COMPLETED' ELSE status END,
              consensus = $2
        WHERE id = $1`,
      [a.task_id, consensus ? JSON.stringify({ voteKey: consensus.key, votes: consensus.counts[consensus.key] ?? 0, confidence: consensus.confidence }) : null],
    );
  }

  /** Frees the slots of every expired lease (run periodically). */
  async sweepExpiredLeases(): Promise<number> {
    const [rows] = await this.db.query(SWEEP_SQL, [null]);
    return rows.length;
  }

  /** Active projects with work left for this worker, with their counts. */
  async availableProjects(workerId: string): Promise<{ project: ProjectEntity; available: number }[]> {
    const candidates: { id: string }[] = await this.db.query(
      `SELECT p.id FROM projects p
        WHERE p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM tasks t WHERE t.project_id = p.id AND t.status = 'OPEN')
        ORDER BY p.priority DESC, p.created_at`,
    );
    const ids = candidates.map((c) => c.id);
    const counts = await this.availableCounts(workerId, ids);
    const projects = new Map((await this.projects.findByIds(ids)).map((p) => [p.id, p]));
    return ids.flatMap((id, i) => {
      const project = projects.get(id);
      return project && counts[i] > 0 ? [{ project, available: counts[i] }] : [];
    });
  }

  /** Tasks each project still has for this worker, counted up to 10,000 (enough for a feed). */
  async availableCounts(workerId: string, projectIds: readonly string[]): Promise<number[]> {
    const rows: { id: string; available: number }[] = await this.db.query(
      `SELECT p.id,
              (SELECT count(*) FROM (SELECT 1 FROM tasks t
                 WHERE t.project_id = p.id AND t.status = 'OPEN' AND t.live_count < t.target_overlap
                   AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.worker_id = $1 AND a.task_id = t.id)
                 LIMIT 10000) x)::int AS available
         FROM unnest($2::uuid[]) AS p(id)`,
      [workerId, projectIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r.available]));
    return projectIds.map((id) => byId.get(id) ?? 0);
  }

  async summary(workerId: string): Promise<{ submitted: number; earnedCents: number }> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS submitted, coalesce(sum(reward_cents), 0)::int AS earned
         FROM assignments WHERE worker_id = $1 AND status IN ('SUBMITTED', 'ACCEPTED')`,
      [workerId],
    );
    return { submitted: row.submitted, earnedCents: row.earned };
  }
}
