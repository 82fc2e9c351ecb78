import { taskKinds } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { nullOnDomainError, prefixFields } from '../common/domain-error';
import { stampEvent } from '../events/events.service';
import type { ProjectEntity } from '../projects/project.entity';
import { QualityService } from '../quality/quality.service';
import { needsAnotherAnswer, projectSkill, type QualityRules } from '../quality/quality-rules';
import { SKILL_PRIOR_MEAN } from '../quality/skills';
import { AssignmentStatus } from './assignment.entity';
import { consensusOf, listedChoices, type Voter } from './consensus';
import { DispatchError, DispatchService, isUniqueViolation, type Lease, type LeaseRow, type NextClaim, ownAssignment } from './dispatch.service';
import { DispatchPools, type Prepared } from './dispatch-pools';
import { fastAnswerOf, READ_ASSIGNMENT, WRITE_ANSWER, WRITE_ANSWER_AND_CLAIM } from './submit.sql';
import { isBigintId } from '../common/ids';
import { ActiveProjects } from './active-projects';
import { LeaseHints } from './lease-hints';

export interface Submission {
  assignmentId: string;
  projectId: string;
  status: AssignmentStatus;
  /** Training projects only: how the gold answer went. */
  feedback?: GoldFeedback;
  /** Asked for with the answer: the next task, when leased in the answer's own statement. */
  next?: Lease;
  /** Asked for with the answer: the claim planned for it, for DispatchService.claimNext to finish when `next` is absent. */
  nextClaim?: NextClaim;
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
  /** The task's consensus as PostgreSQL wrote it (text): the write checks it has not moved. */
  consensus_read: string | null;
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

/** What the write statements return: WRITE_ANSWER's columns, and WRITE_ANSWER_AND_CLAIM's lease. */
interface WrittenRow {
  duration_ms: number | null;
  lease_id?: string | null;
  lease_task_id?: string;
  lease_expires_at?: Date;
  lease_input?: unknown;
}

/** Runs WRITE_ANSWER with these values: on a durable pooled connection, or inside a transaction. */
type WriteRunner = (values: unknown[]) => Promise<WrittenRow[]>;

interface Written {
  stored: boolean;
  goldScore: number | null;
  /** The next task, leased by the same statement. */
  lease?: LeaseRow;
}

/** Answers racing on one task retry their write; a few attempts are plenty at overlap ≤ 20. */
const MAX_WRITE_ATTEMPTS = 8;

/** What a gold answer's transaction read has moved: rolled back, and the submit reads again. */
class StaleRead extends Error {}
const unlessStale = (error: unknown): Written => {
  if (error instanceof StaleRead) return { stored: false, goldScore: null };
  throw error;
};

/** The next lease a write statement took with the answer, if it took one. */
const leaseOf = (row: WrittenRow): LeaseRow | undefined =>
  row.lease_id && row.lease_task_id && row.lease_expires_at ? { id: row.lease_id, task_id: row.lease_task_id, lease_expires_at: row.lease_expires_at, input: row.lease_input } : undefined;

const leaseExpired = () => new DispatchError('LEASE_EXPIRED', 'Your time for this task ran out and another worker took it; your answer was not needed', [], { key: 'task.leaseExpired', params: {} });
const ANSWERED = [AssignmentStatus.SUBMITTED, AssignmentStatus.ACCEPTED, AssignmentStatus.REJECTED];

/** Answers: the submit of the hot path (see submit.sql.ts), and gold answers with their effect on skills. */
@Injectable()
export class SubmitService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly quality: QualityService,
    private readonly pools: DispatchPools,
    private readonly dispatch: DispatchService,
    private readonly hints: LeaseHints,
    private readonly activeProjects: ActiveProjects,
  ) {}

  /**
   * Stores an answer: validated by the task kind, counted, consensus updated, gold scored, events
   * written, all at once. The same idempotency key returns the first result; a late answer keeps its
   * slot if one is free. Read, then one conditional write (submit.sql.ts): when another answer to the
   * same task landed in between, the write applies nothing and the answer is read and scored again.
   * An answer to a lease this replica handed out is first tried in one statement (writeFast).
   */
  async submit(workerId: string, assignmentId: string, rawAnswer: unknown, idempotencyKey: string, withNext = false): Promise<Submission> {
    const unread = await this.answerUnread(workerId, assignmentId, rawAnswer, idempotencyKey, withNext);
    if (unread.submission) return unread.submission;
    let nextClaim = unread.nextClaim;
    for (let attempt = 1; ; attempt++) {
      const a = await this.readAssignment(workerId, assignmentId);
      const result = { assignmentId: a.id, projectId: a.project_id };
      if (ANSWERED.includes(a.status)) {
        if (a.idempotency_key === idempotencyKey) return { ...result, status: a.status };
        throw new DispatchError('ALREADY_SUBMITTED', 'You already answered this task', [], { key: 'task.alreadyAnswered', params: {} });
      }
      if (a.status !== AssignmentStatus.LEASED && a.status !== AssignmentStatus.EXPIRED) {
        throw new DispatchError('CONFLICT', 'This task was given back and can no longer be answered', [], { key: 'task.givenBack', params: {} });
      }
      const answer = taskKinds[a.kind].parseAnswer(rawAnswer, a.config, a.input);
      if (!answer.ok) throw DispatchError.invalid(prefixFields('answer', answer.errors), 'The answer is not valid');
      if (a.status === AssignmentStatus.EXPIRED && !(a.task_status === 'OPEN' && a.live_count < a.target_overlap)) throw leaseExpired();
      // Decided once: a gold draw must not be repeated at each write attempt. A project paused meanwhile
      // leaves the next task to claimNext, which says why there is none.
      if (withNext && nextClaim === undefined) nextClaim = await this.dispatch.planNext(workerId, a.project_id).catch(nullOnDomainError);
      const written = a.is_gold
        ? await this.db.transaction((tx) => this.writeGold(tx, a, answer.value, idempotencyKey)).catch(unlessStale)
        : await this.writeAnswer(
            this.regularWrite(nextClaim, WRITE_ANSWER, WRITE_ANSWER_AND_CLAIM, (n) => [n.project.id, workerId, n.project.leaseSeconds, n.project.rewardCents, n.cursor]),
            a,
            answer.value,
            idempotencyKey,
          );
      if (written.stored) {
        // Only a training project reveals gold; elsewhere gold must stay indistinguishable from work.
        const feedback = a.is_gold && a.quality_rules.training ? { score: written.goldScore ?? 0, expected: a.gold_answer, explanation: a.gold_explanation } : undefined;
        const next = nextClaim && written.lease ? this.dispatch.leasedWith(workerId, nextClaim, written.lease) : undefined;
        return { ...result, status: AssignmentStatus.SUBMITTED, feedback, next, nextClaim: nextClaim ?? undefined };
      }
      if (attempt === MAX_WRITE_ATTEMPTS) throw new DispatchError('TRY_AGAIN', 'This task kept changing while your answer was stored; send it again', [], { key: 'task.tryAgain', params: {} });
    }
  }

  private async readAssignment(workerId: string, assignmentId: string): Promise<ReadAssignment> {
    const rows = isBigintId(assignmentId)
      ? await this.pools.lease<ReadAssignment>(READ_ASSIGNMENT, [assignmentId, SKILL_PRIOR_MEAN, projectSkill('')])
      : [];
    return ownAssignment(rows[0], workerId);
  }

  /**
   * How a regular answer is written: by `alone`, or by `withClaim` with the claim of the worker's next
   * task (its values: `claim`) when one is planned and it is not gold's turn (its walk comes first).
   * Should that claim race another claim of the same worker to one task, the unique key fails the
   * statement: the answer is then written alone.
   */
  private regularWrite(next: NextClaim | null | undefined, alone: Prepared, withClaim: Prepared, claim: (next: NextClaim) => unknown[]): WriteRunner {
    if (!next || next.goldFirst) return (values) => this.pools.commit(alone, values);
    const claimValues = claim(next);
    return (values) =>
      this.pools.commit<WrittenRow>(withClaim, [...values, ...claimValues]).catch((error: unknown) => {
        if (isUniqueViolation(error)) return this.pools.commit<WrittenRow>(alone, values);
        throw error;
      });
  }

  /**
   * The answer to a lease this replica handed out (lease-hints.ts), checked with its project's cached
   * settings and written unread (writeFast). The next claim, once planned, is kept for the read-then-
   * write way should the statement apply nothing: a gold draw is not repeated.
   */
  private async answerUnread(workerId: string, assignmentId: string, rawAnswer: unknown, idempotencyKey: string, withNext: boolean): Promise<{ submission: Submission | null; nextClaim?: NextClaim | null }> {
    const hinted = this.hints.take(assignmentId);
    const project = hinted ? await this.activeProjects.get(hinted).catch(nullOnDomainError) : null;
    const answer = project ? taskKinds[project.kind].parseAnswer(rawAnswer, project.config, undefined) : null;
    // An answer that fails the check is left to the read: a repeat of a stored answer is not an error.
    if (!project || !answer?.ok) return { submission: null };
    const nextClaim = withNext ? await this.dispatch.planNext(workerId, project.id).catch(nullOnDomainError) : undefined;
    return { submission: await this.writeFast(workerId, assignmentId, project, answer.value, idempotencyKey, nextClaim), nextClaim };
  }

  /**
   * A regular answer to a lease of this replica, unread (submit.sql.ts fastAnswerOf): the project's
   * settings come from its cache, and the statement computes the consensus itself. Null when it applied
   * nothing (a repeat, a late or gold answer, another answer to the task in between): the caller then
   * reads and writes.
   */
  private async writeFast(workerId: string, assignmentId: string, project: ProjectEntity, answer: unknown, idempotencyKey: string, next: NextClaim | null | undefined): Promise<Submission | null> {
    const rules = project.qualityRules;
    const values = [
      assignmentId,
      workerId,
      project.id,
      JSON.stringify(answer),
      idempotencyKey,
      taskKinds[project.kind].voteKey(answer, project.config),
      SKILL_PRIOR_MEAN,
      projectSkill(project.id),
      listedChoices(project.config),
      rules.confidenceTarget ?? null,
      project.overlap,
      rules.minAnswerSeconds ?? null,
      JSON.stringify(stampEvent({ type: 'assignment.submitted', projectId: project.id, assignmentId })),
      JSON.stringify(stampEvent({ type: 'task.completed', projectId: project.id })),
    ];
    const fast = fastAnswerOf(project);
    const [row] = await this.regularWrite(next, fast.alone, fast.withClaim, (n) => [n.project.leaseSeconds, n.project.rewardCents, n.cursor])(values);
    if (row?.duration_ms === null || row?.duration_ms === undefined) return null;
    const lease = leaseOf(row);
    return {
      assignmentId,
      projectId: project.id,
      status: AssignmentStatus.SUBMITTED,
      next: next && lease ? this.dispatch.leasedWith(workerId, next, lease) : undefined,
      nextClaim: next ?? undefined,
    };
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
      a.consensus_read,
    ]);
    return { stored: row?.duration_ms !== null && row?.duration_ms !== undefined, goldScore, lease: row && leaseOf(row) };
  }

  /** A gold answer also moves the worker's skills (and may ban them): in one transaction with it. */
  private async writeGold(tx: EntityManager, a: ReadAssignment, answer: unknown, idempotencyKey: string): Promise<Written> {
    if (a.status === AssignmentStatus.EXPIRED) await this.retakeSlot(tx, a.task_id);
    const written = await this.writeAnswer((values) => tx.query(WRITE_ANSWER.text, values), a, answer, idempotencyKey, false);
    if (!written.stored) throw new StaleRead(); // rolls back the retaken slot too
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

  /** A swept lease answered late: kept only if its task still has a free slot. */
  private async retakeSlot(tx: EntityManager, taskId: string): Promise<void> {
    const [, taken] = await tx.query(
      `UPDATE tasks SET live_count = live_count + 1 WHERE id = $1 AND status = 'OPEN' AND live_count < target_overlap`,
      [taskId],
    );
    if (!taken) throw leaseExpired();
  }
}
