import { taskKinds } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, prefixFields } from '../common/domain-error';
import { stampEvent } from '../events/events.service';
import type { ProjectEntity } from '../projects/project.entity';
import { QualityService } from '../quality/quality.service';
import { needsAnotherAnswer, projectSkill, type QualityRules } from '../quality/quality-rules';
import { SKILL_PRIOR_MEAN } from '../quality/skills';
import { AssignmentStatus } from './assignment.entity';
import { consensusOf, type Voter } from './consensus';
import { CLAIM, CLAIM_GOLD, CLAIM_PROBE, SWEEP_SQL } from './claim.sql';
import { READ_ASSIGNMENT, WRITE_ANSWER } from './submit.sql';
import { ActiveProjects } from './active-projects';
import { DispatchPools, type Prepared } from './dispatch-pools';
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

/** An assignment as the submit reads it (READ_ASSIGNMENT_SQL): nothing locked. */
interface ReadAssignment {
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
  task_status: string;
  target_overlap: number;
  submitted_count: number;
  live_count: number;
  kind: ProjectEntity['kind'];
  config: unknown;
  max_overlap: number;
  quality_rules: QualityRules;
  languages: string[];
  /** The task's other answers. */
  voters: Voter[];
  /** The submitting worker's skill on the project. */
  accuracy: number;
}

/** Runs WRITE_ANSWER with these values: on a durable pooled connection, or inside a transaction. */
type WriteRunner = (values: unknown[]) => Promise<{ duration_ms: number | null }[]>;

interface Written {
  stored: boolean;
  goldScore: number | null;
}

const UNIQUE_VIOLATION = '23505';
/** Answers racing on one task retry their write; a few attempts are plenty at overlap ≤ 20. */
const MAX_WRITE_ATTEMPTS = 8;

const leaseExpired = () => new DispatchError('LEASE_EXPIRED', 'Your time for this task ran out and another worker took it; your answer was not needed');
const ANSWERED = [AssignmentStatus.SUBMITTED, AssignmentStatus.ACCEPTED, AssignmentStatus.REJECTED];

@Injectable()
export class DispatchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly eligibility: EligibilityService,
    private readonly activeProjects: ActiveProjects,
    private readonly quality: QualityService,
    private readonly pools: DispatchPools,
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
      const gold = await this.tryClaim(CLAIM_GOLD, workerId, project);
      if (gold) return gold;
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      const lease = await this.tryClaim(CLAIM, workerId, project);
      if (lease) return lease;
      // Nothing free: expired leases of this project may be holding the last slots...
      const [freed] = await this.db.query(SWEEP_SQL, [project.id]);
      if (freed.length) continue;
      // ...or the tasks left were locked for an instant by other claims: a worker must not be told
      // "no more tasks" because of that.
      const [probe] = await this.pools.lease<{ busy: boolean }>(CLAIM_PROBE, [project.id, workerId]);
      if (!probe.busy) return null;
      await new Promise((resolve) => setTimeout(resolve, 5 + 10 * attempt));
    }
    return null;
  }

  private async tryClaim(statement: Prepared, workerId: string, project: ProjectEntity, attempt = 1): Promise<Lease | null> {
    try {
      const rows = await this.pools.lease<{ id: string; lease_expires_at: Date; input: unknown }>(statement, [
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
        return this.tryClaim(statement, workerId, project, attempt + 1);
      }
      throw error;
    }
  }

  /**
   * Stores an answer: validated by the task kind, counted, consensus updated, gold scored, events
   * written, all at once. The same idempotency key returns the first result; a late answer keeps its
   * slot if one is free. Read, then one conditional write (submit.sql.ts): when another answer to the
   * same task landed in between, the write applies nothing and the answer is read and scored again.
   */
  async submit(workerId: string, assignmentId: string, rawAnswer: unknown, idempotencyKey: string): Promise<Submission> {
    for (let attempt = 1; ; attempt++) {
      const a = await this.readAssignment(workerId, assignmentId);
      const result = { assignmentId: a.id, projectId: a.project_id };
      if (ANSWERED.includes(a.status)) {
        if (a.idempotency_key === idempotencyKey) return { ...result, status: a.status };
        throw new DispatchError('ALREADY_SUBMITTED', 'You already answered this task');
      }
      if (a.status !== AssignmentStatus.LEASED && a.status !== AssignmentStatus.EXPIRED) {
        throw new DispatchError('CONFLICT', 'This task was given back and can no longer be answered');
      }
      const answer = taskKinds[a.kind].parseAnswer(rawAnswer, a.config, a.input);
      if (!answer.ok) throw DispatchError.invalid(prefixFields('answer', answer.errors), 'The answer is not valid');
      if (a.status === AssignmentStatus.EXPIRED && !(a.task_status === 'OPEN' && a.live_count < a.target_overlap)) throw leaseExpired();
      const written = a.is_gold
        ? await this.db.transaction((tx) => this.writeGold(tx, a, answer.value, idempotencyKey))
        : await this.writeAnswer((values) => this.pools.commit(WRITE_ANSWER, values), a, answer.value, idempotencyKey);
      if (written.stored) {
        // Only a training project reveals gold; elsewhere gold must stay indistinguishable from work.
        const feedback = a.is_gold && a.quality_rules.training ? { score: written.goldScore ?? 0, expected: a.gold_answer, explanation: a.gold_explanation } : undefined;
        return { ...result, status: AssignmentStatus.SUBMITTED, feedback };
      }
      if (attempt === MAX_WRITE_ATTEMPTS) throw new DispatchError('CONFLICT', 'This task kept changing while your answer was stored; send it again');
    }
  }

  private async readAssignment(workerId: string, assignmentId: string): Promise<ReadAssignment> {
    const rows: ReadAssignment[] = /^\d{1,18}$/.test(assignmentId)
      ? await this.pools.lease<ReadAssignment>(READ_ASSIGNMENT, [assignmentId, SKILL_PRIOR_MEAN, projectSkill('')])
      : [];
    const a = rows[0];
    if (!a || a.worker_id !== workerId) throw new DispatchError('NOT_FOUND', 'No such assignment');
    return a;
  }

  /** A regular answer, with the task's consensus once it is counted: one statement, no transaction. */
  private async writeAnswer(run: WriteRunner, a: ReadAssignment, answer: unknown, idempotencyKey: string, late = a.status === AssignmentStatus.EXPIRED): Promise<Written> {
    const kind = taskKinds[a.kind];
    const goldScore = a.is_gold ? kind.goldScore(answer, a.gold_answer, a.config) : null;
    const consensus = a.is_gold ? null : consensusOf(a.kind, a.config, [...a.voters, { answer, accuracy: a.accuracy }]);
    const extend = !a.is_gold && needsAnotherAnswer(a.quality_rules, a.submitted_count + 1, a.target_overlap, a.max_overlap, consensus?.confidence ?? null);
    const about = { projectId: a.project_id, batchId: a.batch_id, taskId: a.task_id };
    const [row] = await run([
      a.id,
      a.status,
      JSON.stringify(answer),
      idempotencyKey,
      goldScore,
      kind.voteKey(answer, a.config),
      a.task_id,
      a.submitted_count,
      consensus && JSON.stringify(consensus),
      extend,
      a.is_gold,
      late,
      a.quality_rules.minAnswerSeconds ?? null,
      JSON.stringify(stampEvent({ type: 'assignment.submitted', ...about, assignmentId: a.id })),
      JSON.stringify(stampEvent({ type: 'task.completed', ...about, consensus })),
    ]);
    return { stored: row?.duration_ms !== null && row?.duration_ms !== undefined, goldScore };
  }

  /** A gold answer also moves the worker's skills (and may ban them): in one transaction with it. */
  private async writeGold(tx: EntityManager, a: ReadAssignment, answer: unknown, idempotencyKey: string): Promise<Written> {
    if (a.status === AssignmentStatus.EXPIRED) await this.retakeSlot(tx, a.task_id);
    const written = await this.writeAnswer((values) => tx.query(WRITE_ANSWER.text, values), a, answer, idempotencyKey, false);
    if (!written.stored) return written;
    await this.quality.afterGoldAnswer(tx, {
      assignmentId: a.id,
      workerId: a.worker_id,
      projectId: a.project_id,
      kind: a.kind,
      languages: a.languages,
      rules: a.quality_rules,
      goldScore: written.goldScore ?? 0,
    });
    return written;
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

  private async lockAssignment(tx: EntityManager, workerId: string, assignmentId: string): Promise<{ id: string; worker_id: string; task_id: string; project_id: string; status: AssignmentStatus }> {
    const rows = /^\d{1,18}$/.test(assignmentId)
      ? await tx.query(`SELECT id, worker_id, task_id, project_id, status FROM assignments WHERE id = $1 FOR UPDATE`, [assignmentId])
      : [];
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
    if (!taken) throw leaseExpired();
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
