import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { ProjectEntity } from '../projects/project.entity';
import { servesGoldAlone } from '../quality/quality-rules';
import { AssignmentStatus } from './assignment.entity';
import { CLAIM_PROBE, CLAIMS, eligibilityOf, END_SUSPENDED_LEASES_SQL, SWEEP_SQL } from './claim.sql';
import { ActiveProjects } from './active-projects';
import { ClaimCursors } from './claim-cursors';
import { DispatchPools } from './dispatch-pools';
import { EligibilityService } from './eligibility.service';
import { LeaseHints } from './lease-hints';
import { isBigintId } from '../common/ids';

export class DispatchError extends DomainError {}

/** The assignment row if it is this worker's; anyone else's (or none) reads as not found. */
export function ownAssignment<R extends { worker_id: string }>(row: R | undefined, workerId: string): R {
  if (!row || row.worker_id !== workerId) throw DispatchError.notFound('No such assignment', 'assignment.notFound');
  return row;
}

export interface Lease {
  id: string;
  /** The project's settings the claim was made with (ActiveProjects): what the worker app shows with the task. */
  project: ProjectEntity;
  input: unknown;
  leaseExpiresAt: Date;
}

/**
 * A worker's next claim in a project, decided before their answer is written so that the submit can
 * run its first step with the answer (submit.sql.ts WRITE_ANSWER_AND_CLAIM); claimNext finishes it.
 */
export interface NextClaim {
  project: ProjectEntity;
  /** Gold was drawn at the project's ratio: its walk comes first, so it is not run with the answer. */
  goldFirst: boolean;
  /** Where the worker's walk of the project's queue starts (claim-cursors.ts). */
  cursor: string;
}

/** A lease as the claim statements return it. */
export interface LeaseRow {
  id: string;
  task_id: string;
  lease_expires_at: Date;
  input: unknown;
}

/** What a claim statement returns (claim.sql.ts): a new lease, or the worker's open one (`resumed`). */
interface ClaimedRow extends LeaseRow {
  is_gold: boolean;
  resumed: boolean;
}

const toLease = (project: ProjectEntity, row: LeaseRow): Lease => ({ id: row.id, project, input: row.input, leaseExpiresAt: row.lease_expires_at });

const UNIQUE_VIOLATION = '23505';
/** Expired leases freed per statement. */
const SWEEP_CHUNK = 5000;
/** The minute's sweep stops taking chunks after this long: runs start every minute. */
const SWEEP_BUDGET_MS = 40_000;
/** Two claims of one worker raced past NOT EXISTS to the same task, and the unique key refused one. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === UNIQUE_VIOLATION;

@Injectable()
export class DispatchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly eligibility: EligibilityService,
    private readonly activeProjects: ActiveProjects,
    private readonly pools: DispatchPools,
    private readonly cursors: ClaimCursors,
    private readonly hints: LeaseHints,
  ) {}

  /** Replaceable so tests can make gold mixing deterministic. */
  random: () => number = Math.random;

  /** Expired leases the minute's sweep frees per statement (tests make it small). */
  sweepChunk = SWEEP_CHUNK;

  /**
   * Leases the worker's next task: of one project, or of the first project with work for them (higher
   * requester priority, then older projects, first). Null when nothing is left. A worker still holding
   * a lease in the project gets that task again (claim.sql.ts openLeaseStep).
   */
  async claimNext(workerId: string, projectId: string | null, planned?: NextClaim): Promise<Lease | null> {
    if (projectId) {
      const project = planned?.project ?? (await this.activeProjects.get(projectId));
      const lease = await this.claimFrom(workerId, project, planned?.goldFirst);
      if (!lease) await this.eligibility.explainRefusal(workerId, project);
      return lease;
    }
    for (const { project } of await this.eligibility.projectsWithWork(workerId)) {
      const lease = await this.claimFrom(workerId, project);
      if (lease) return lease;
    }
    return null;
  }

  /** The worker's next claim in the project, to be run with their answer (NextClaim). */
  async planNext(workerId: string, projectId: string): Promise<NextClaim> {
    const project = await this.activeProjects.get(projectId);
    return { project, goldFirst: this.drawGold(project), cursor: this.cursors.get(workerId, project.id) };
  }

  /** A lease taken with an answer (NextClaim): the worker's cursor moves as for any regular claim. */
  leasedWith(workerId: string, planned: NextClaim, row: LeaseRow): Lease {
    return this.leased(workerId, planned.project, row, true);
  }

  /**
   * A claimed row as a Lease; a regular claim moves the worker's cursor to its task (gold is walked
   * apart) and is remembered for its answer (lease-hints.ts).
   */
  private leased(workerId: string, project: ProjectEntity, row: LeaseRow, regular: boolean): Lease {
    if (regular) {
      this.cursors.set(workerId, project.id, row.task_id);
      this.hints.set(row.id, project.id);
    }
    return toLease(project, row);
  }

  /**
   * The worker's open lease, handed over again: their claims' cursor stays where it is, and its answer
   * may take the one-statement way (lease-hints.ts), which serves regular answers only.
   */
  private resumed(project: ProjectEntity, row: ClaimedRow): Lease {
    if (!row.is_gold) this.hints.set(row.id, project.id);
    return toLease(project, row);
  }

  /** Gold is drawn at the project's ratio, and only while regular work remains, so it cannot be told apart. */
  private drawGold(project: ProjectEntity): boolean {
    return project.goldRatio > 0 && this.random() < project.goldRatio;
  }

  private async claimFrom(workerId: string, project: ProjectEntity, goldFirst = this.drawGold(project)): Promise<Lease | null> {
    if (goldFirst) {
      const gold = await this.tryClaim(true, workerId, project);
      if (gold) return gold;
    }
    const regular = await this.claimRegular(workerId, project);
    return regular ?? (servesGoldAlone(project.qualityRules) && !goldFirst ? this.tryClaim(true, workerId, project) : null);
  }

  /** The worker's next regular task, walking on from their cursor; null when none is free for them. */
  private async claimRegular(workerId: string, project: ProjectEntity): Promise<Lease | null> {
    const cursor = this.cursors.get(workerId, project.id);
    if (cursor !== '0') {
      const ahead = await this.tryClaim(false, workerId, project, cursor);
      if (ahead) return ahead;
    }
    for (let attempt = 0; attempt < 4; attempt++) {
      const lease = await this.tryClaim(false, workerId, project);
      if (lease) return lease;
      // Nothing free: expired leases of this project may be holding the last slots...
      const [freed] = await this.db.query(SWEEP_SQL, [project.id, SWEEP_CHUNK]);
      if (freed.length) continue;
      // ...or the tasks left were locked for an instant by other claims: a worker must not be told
      // "no more tasks" because of that.
      const [probe] = await this.pools.lease<{ busy: boolean }>(CLAIM_PROBE, [project.id, workerId]);
      if (!probe.busy) return null;
      await new Promise((resolve) => setTimeout(resolve, 5 + 10 * attempt));
    }
    return null;
  }

  /** One claim statement, walking the queue after `cursor`; moves the worker's cursor (regular tasks). */
  private async tryClaim(gold: boolean, workerId: string, project: ProjectEntity, cursor = '0', attempt = 1): Promise<Lease | null> {
    const claims = CLAIMS[eligibilityOf(project)];
    try {
      const rows = await this.pools.lease<ClaimedRow>(gold ? claims.gold : claims.regular, [
        project.id,
        workerId,
        project.leaseSeconds,
        project.rewardCents,
        cursor,
      ]);
      const row = rows[0];
      if (!row) return null;
      return row.resumed ? this.resumed(project, row) : this.leased(workerId, project, row, !gold);
    } catch (error) {
      // Two claims of one worker raced past NOT EXISTS to the same task; the unique key refused one.
      // The worker must never see that: claim again (the task is now theirs, so the next one is picked).
      if (isUniqueViolation(error) && attempt < 5) {
        return this.tryClaim(gold, workerId, project, cursor, attempt + 1);
      }
      throw error;
    }
  }

  /** Gives a leased task back (skip or release): its slot reopens, and this worker will not get it again. */
  async giveBack(workerId: string, assignmentId: string): Promise<{ projectId: string }> {
    return this.db.transaction(async (tx) => {
      const a = await this.lockAssignment(tx, workerId, assignmentId);
      if (a.status !== AssignmentStatus.LEASED) throw new DispatchError('CONFLICT', 'Only a task you are working on can be given back', [], { key: 'task.notLeased', params: {} });
      await tx.query(`UPDATE assignments SET status = 'RETURNED' WHERE id = $1`, [a.id]);
      await tx.query(`UPDATE tasks SET live_count = live_count - 1 WHERE id = $1`, [a.task_id]);
      return { projectId: a.project_id };
    });
  }

  private async lockAssignment(tx: EntityManager, workerId: string, assignmentId: string): Promise<{ id: string; worker_id: string; task_id: string; project_id: string; status: AssignmentStatus }> {
    const rows = isBigintId(assignmentId)
      ? await tx.query(`SELECT id, worker_id, task_id, project_id, status FROM assignments WHERE id = $1 FOR UPDATE`, [assignmentId])
      : [];
    return ownAssignment(rows[0], workerId);
  }

  /**
   * Frees the slots of every expired lease (run each minute), suspended workers' leases first ended,
   * `sweepChunk` per statement, until none is left or 40 s have passed; returns how many. One chunk a run freed 5,000 leases a minute at most.
   */
  async sweepExpiredLeases(): Promise<number> {
    const started = Date.now();
    await this.db.query(END_SUSPENDED_LEASES_SQL);
    let total = 0;
    for (;;) {
      const [rows]: [{ n: number }[]] = await this.db.query(SWEEP_SQL, [null, this.sweepChunk]);
      const freed = rows.reduce((sum, r) => sum + r.n, 0);
      total += freed;
      if (freed < this.sweepChunk || Date.now() - started >= SWEEP_BUDGET_MS) return total;
    }
  }

  /** The worker's answers sent (not rejected or returned) and their rewards, as relayed (worker-totals.ts). */
  async summary(workerId: string): Promise<{ submitted: number; earnedCents: number }> {
    const [row] = await this.db.query(`SELECT answers, reward_cents::int AS earned FROM worker_answer_totals WHERE worker_id = $1`, [workerId]);
    return { submitted: row?.answers ?? 0, earnedCents: row?.earned ?? 0 };
  }
}
