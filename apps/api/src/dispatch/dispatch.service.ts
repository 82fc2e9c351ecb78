import { taskKinds } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { TaskConsensus } from '../batches/task.entity';
import { BatchesService } from '../batches/batches.service';
import { DomainError, prefixFields } from '../common/domain-error';
import { EventsService } from '../events/events.service';
import type { ProjectEntity } from '../projects/project.entity';
import { ProjectsService } from '../projects/projects.service';
import { QualityService } from '../quality/quality.service';
import { needsAnotherAnswer, projectSkill, type QualityRules } from '../quality/quality-rules';
import { SKILL_PRIOR_MEAN } from '../quality/skills';
import { AssignmentStatus } from './assignment.entity';
import { consensusOf, type Voter } from './consensus';
import { CLAIM_GOLD_SQL, CLAIM_PROBE_SQL, CLAIM_SQL, SWEEP_SQL } from './claim.sql';
import { LOCK_ASSIGNMENT_SQL, LOCK_TASK_ANSWERS_SQL, STORE_ANSWER_SQL, VOTERS_SQL } from './submit.sql';
import { ActiveProjects } from './active-projects';
import { ClaimPool } from './claim-pool';
import { EligibilityService } from './eligibility.service';

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
  /** Training projects only: how the gold answer went. */
  feedback?: GoldFeedback;
}

export interface GoldFeedback {
  score: number;
  expected: unknown;
  explanation: string | null;
}

interface LockedAssignment {
  id: string;
  worker_id: string;
  task_id: string;
  batch_id: string;
  project_id: string;
  status: AssignmentStatus;
  idempotency_key: string | null;
  is_gold: boolean;
  gold_answer: unknown;
  gold_explanation: string | null;
  input: unknown;
  target_overlap: number;
  submitted_count: number;
  kind: ProjectEntity['kind'];
  config: unknown;
  max_overlap: number;
  quality_rules: QualityRules;
  languages: string[];
}

const UNIQUE_VIOLATION = '23505';
const ANSWERED = [AssignmentStatus.SUBMITTED, AssignmentStatus.ACCEPTED, AssignmentStatus.REJECTED];

@Injectable()
export class DispatchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
    private readonly batches: BatchesService,
    private readonly events: EventsService,
    private readonly eligibility: EligibilityService,
    private readonly activeProjects: ActiveProjects,
    private readonly quality: QualityService,
    private readonly claims: ClaimPool,
  ) {}

  /** Replaceable so tests can make gold mixing deterministic. */
  random: () => number = Math.random;

  /**
   * Leases the worker's next task: of one project, or of the first project with work for them (higher
   * requester priority, then older projects, first). Null when nothing is left.
   */
  async claimNext(workerId: string, projectId: string | null): Promise<Lease | null> {
    if (projectId) {
      const project = await this.activeProjects.get(projectId);
      const lease = await this.claimFrom(workerId, project);
      if (!lease) await this.eligibility.explainRefusal(workerId, project);
      return lease;
    }
    for (const { project } of await this.eligibility.projectsWithWork(workerId)) {
      const lease = await this.claimFrom(workerId, project);
      if (lease) return lease;
    }
    return null;
  }

  private async claimFrom(workerId: string, project: ProjectEntity): Promise<Lease | null> {
    // Gold is drawn at the project's ratio, and only while regular work remains, so it cannot be told apart.
    const goldFirst = project.goldRatio > 0 && this.random() < project.goldRatio;
    if (goldFirst) {
      const gold = await this.tryClaim(CLAIM_GOLD_SQL, workerId, project);
      if (gold) return gold;
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      const lease = await this.tryClaim(CLAIM_SQL, workerId, project);
      if (lease) return lease;
      // Nothing free: expired leases of this project may be holding the last slots...
      const [freed] = await this.db.query(SWEEP_SQL, [project.id]);
      if (freed.length) continue;
      // ...or the tasks left were locked for an instant by other claims: a worker must not be told
      // "no more tasks" because of that.
      const [probe] = await this.db.query(CLAIM_PROBE_SQL, [project.id, workerId]);
      if (!probe.busy) return null;
      await new Promise((resolve) => setTimeout(resolve, 5 + 10 * attempt));
    }
    return null;
  }

  private async tryClaim(sql: string, workerId: string, project: ProjectEntity, attempt = 1): Promise<Lease | null> {
    try {
      const rows = await this.claims.query<{ id: string; lease_expires_at: Date; input: unknown }>(sql, [
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
      if ((error as { code?: string }).code === UNIQUE_VIOLATION && attempt < 5) {
        return this.tryClaim(sql, workerId, project, attempt + 1);
      }
      throw error;
    }
  }

  /**
   * Stores an answer in one transaction: validated by the task kind, counted, consensus updated, gold
   * scored. The same idempotency key returns the first result; a late answer keeps its slot if free.
   */
  async submit(workerId: string, assignmentId: string, rawAnswer: unknown, idempotencyKey: string): Promise<Submission> {
    return this.db.transaction(async (tx) => {
      await tx.query(LOCK_TASK_ANSWERS_SQL, [assignmentId]);
      const a = await this.lockAssignment(tx, workerId, assignmentId);
      const result = { assignmentId: a.id, projectId: a.project_id };
      if (ANSWERED.includes(a.status)) {
        if (a.idempotency_key === idempotencyKey) return { ...result, status: a.status };
        throw new DispatchError('ALREADY_SUBMITTED', 'You already answered this task');
      }
      if (a.status !== AssignmentStatus.LEASED && a.status !== AssignmentStatus.EXPIRED) {
        throw new DispatchError('CONFLICT', 'This task was given back and can no longer be answered');
      }
      const kind = taskKinds[a.kind];
      const answer = kind.parseAnswer(rawAnswer, a.config, a.input);
      if (!answer.ok) throw DispatchError.invalid(prefixFields('answer', answer.errors), 'The answer is not valid');
      if (a.status === AssignmentStatus.EXPIRED) await this.retakeSlot(tx, a.task_id);
      const goldScore = a.is_gold ? kind.goldScore(answer.value, a.gold_answer, a.config) : null;
      const consensus = a.is_gold ? null : await this.consensusWith(tx, a, answer.value);
      const extend = !a.is_gold && needsAnotherAnswer(a.quality_rules, a.submitted_count + 1, a.target_overlap, a.max_overlap, consensus?.confidence ?? null);
      const [stored] = await tx.query(STORE_ANSWER_SQL, [
        a.id,
        JSON.stringify(answer.value),
        idempotencyKey,
        goldScore,
        a.task_id,
        consensus && JSON.stringify(consensus),
        a.is_gold,
        extend,
        kind.voteKey(answer.value, a.config),
      ]);
      await this.quality.afterAnswer(tx, {
        assignmentId: a.id,
        workerId,
        projectId: a.project_id,
        kind: a.kind,
        languages: a.languages,
        rules: a.quality_rules,
        goldScore,
        durationMs: stored.duration_ms,
      });
      await this.events.emit(tx, { type: 'assignment.submitted', projectId: a.project_id, batchId: a.batch_id, taskId: a.task_id, assignmentId: a.id });
      if (stored.status === 'COMPLETED') {
        await this.events.emit(tx, { type: 'task.completed', projectId: a.project_id, batchId: a.batch_id, taskId: a.task_id, consensus });
        await this.batches.recordTaskCompleted(tx, a.batch_id);
        await this.quality.afterTaskCompleted(tx, { taskId: a.task_id, projectId: a.project_id, rules: a.quality_rules });
      }
      // Only a training project reveals gold; elsewhere gold must stay indistinguishable from work.
      const feedback = a.is_gold && a.quality_rules.training ? { score: goldScore ?? 0, expected: a.gold_answer, explanation: a.gold_explanation } : undefined;
      return { ...result, status: AssignmentStatus.SUBMITTED, feedback };
    });
  }

  /**
   * The task's answer once this one is counted: each vote weighted by its worker's skill on the
   * project, with its posterior probability as the confidence (one-coin model).
   */
  private async consensusWith(tx: EntityManager, a: LockedAssignment, answer: unknown): Promise<TaskConsensus | null> {
    const voters: Voter[] = await tx.query(VOTERS_SQL, [a.task_id, a.id, SKILL_PRIOR_MEAN, projectSkill(a.project_id), a.worker_id]);
    // The last voter is the submitting worker, whose answer is not stored yet.
    return consensusOf(a.kind, a.config, voters.map((voter) => ({ ...voter, answer: voter.answer ?? answer })));
  }

  /** Gives a leased task back (skip or release): its slot reopens, and this worker will not get it again. */
  async giveBack(workerId: string, assignmentId: string): Promise<{ projectId: string }> {
    return this.db.transaction(async (tx) => {
      const a = await this.lockAssignment(tx, workerId, assignmentId);
      if (a.status !== AssignmentStatus.LEASED) throw new DispatchError('CONFLICT', 'Only a task you are working on can be given back');
      await tx.query(`UPDATE assignments SET status = 'RETURNED' WHERE id = $1`, [a.id]);
      await tx.query(`UPDATE tasks SET live_count = live_count - 1 WHERE id = $1`, [a.task_id]);
      return { projectId: a.project_id };
    });
  }

  private async lockAssignment(tx: EntityManager, workerId: string, assignmentId: string): Promise<LockedAssignment> {
    const rows: LockedAssignment[] = await tx.query(LOCK_ASSIGNMENT_SQL, [assignmentId]);
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

  /** Frees the slots of every expired lease (run periodically). */
  async sweepExpiredLeases(): Promise<number> {
    const [rows] = await this.db.query(SWEEP_SQL, [null]);
    return rows.length;
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
