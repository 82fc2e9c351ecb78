import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FieldProblemKey, ledgerMemo } from '@fourmi/task-kinds';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, fieldProblem, type FieldProblem } from '../common/domain-error';
import { AssignmentTransitions } from '../dispatch/assignment-transitions';
import { type DecidedAnswer, EarningsService } from '../ledger/earnings.service';
import { FairPayService } from '../ledger/fair-pay.service';
import { formatMoney } from '../ledger/money';
import { MassRejectionGuard } from './mass-rejection.guard';
import { RejectionEvidence } from './rejection-evidence';
import { type HeldWhy, heldWhyText } from './rejection-guard';
import { isBigintId } from '../common/ids';

export class ReviewError extends DomainError {}

export type Decision = 'ACCEPTED' | 'REJECTED';

/** Thrown inside the review transaction when the mass-rejection guard holds a rejection. */
class HeldRejection extends Error {
  constructor(
    readonly projectId: string,
    readonly ids: string[],
    readonly why: HeldWhy,
  ) {
    super(heldWhyText(why));
  }
}

export interface Reviewed {
  id: string;
  status: string;
}

interface LockedAnswer {
  id: string;
  project_id: string;
  fair_pay_policy: 'TOP_UP' | 'WARN';
  status: string;
  worker_id: string;
  reward_cents: number;
  batch_id: string;
  project_name: string;
  currency: string;
}

const MAX_IDS = 1000;

/** Each status an answer cannot be decided from has its own sentence, so every language names it. */
const STATUS_KEYS: Record<string, FieldProblemKey> = {
  LEASED: 'field.assignmentLeased',
  ACCEPTED: 'field.assignmentAccepted',
  REJECTED: 'field.assignmentRejected',
  EXPIRED: 'field.assignmentExpired',
  RETURNED: 'field.assignmentReturned',
};

/** A bonus's assignment that is not one of the requester's answers (or not an id at all). */
const noSuchAssignment = () =>
  ReviewError.notFound('No such assignment', 'assignment.notFound', [fieldProblem('assignmentId', 'No such assignment', 'field.assignmentNotFound')]);

/** An answer the review cannot decide as asked, because of its status. */
function statusConflict(path: string, id: string, status: string): FieldProblem {
  const message = `Assignment ${id} is ${status.toLowerCase()}`;
  const key = STATUS_KEYS[status];
  return key ? fieldProblem(path, message, key, { id }) : { path, message };
}

/**
 * The requester's review: accept (the worker is paid from the batch escrow) or reject (the escrow
 * stays for the batch, or goes back if it has ended). Bulk and all-or-nothing: the whole set is
 * authorised and locked in one query; each answer is decided once (a repeat of the same decision is a
 * no-op, the opposite one a conflict).
 */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly earnings: EarningsService,
    private readonly guard: MassRejectionGuard,
    private readonly evidence: RejectionEvidence,
    private readonly fairPay: FairPayService,
    private readonly assignments: AssignmentTransitions,
  ) {}

  async decide(reviewerId: string, ids: string[], decision: Decision, reason: string | null): Promise<Reviewed[]> {
    try {
      return await this.decideNow(reviewerId, ids, decision, reason);
    } catch (error) {
      if (!(error instanceof HeldRejection)) throw error;
      // Recorded outside the refused transaction, so the request survives for the admins.
      const held = await this.guard.hold(reviewerId, error.projectId, error.ids, reason ?? '', error.why);
      if (held.copy) {
        throw new ReviewError(
          'CONFLICT',
          `${held.count} of these answers already ${held.count === 1 ? 'waits' : 'wait'} for an admin's decision (request ${held.id}); nothing was rejected. Reject the others on their own, or wait for the decision.`,
          [],
          { key: 'massRejection.pending', params: { request: held.id, count: held.count } },
        );
      }
      throw new ReviewError(
        'NEEDS_CONFIRMATION',
        `This rejection needs an admin's confirmation: ${error.message}. It was sent to the admins (request ${held.id}); nothing was rejected yet.`,
        [],
        { key: 'massRejection.held', params: { request: held.id } },
      );
    }
  }

  /**
   * Rejects the answers of a request the mass-rejection guard held, as the admin who approved it
   * (`confirmedBy`; past the guard), in the admin's transaction, which holds the request's row: the
   * rejection and the request's decision are committed together or not at all.
   */
  rejectConfirmed(tx: EntityManager, requesterId: string, ids: string[], reason: string, confirmedBy: string): Promise<Reviewed[]> {
    return this.decideIn(tx, requesterId, ids, ids, 'REJECTED', reason, confirmedBy);
  }

  private decideNow(reviewerId: string, ids: string[], decision: Decision, reason: string | null): Promise<Reviewed[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) throw ReviewError.invalid([fieldProblem('ids', 'Give at least one assignment', 'field.noAssignmentGiven')]);
    if (unique.length > MAX_IDS) throw ReviewError.invalid([fieldProblem('ids', `At most ${MAX_IDS} assignments at once`, 'field.tooManyAssignments', { count: MAX_IDS })]);
    const bad = unique.flatMap((id, i): FieldProblem[] => (isBigintId(id) ? [] : [fieldProblem(`ids[${i}]`, 'Not an assignment id', 'field.notAssignmentId')]));
    if (bad.length) throw ReviewError.invalid(bad);
    return this.db.transaction((tx) => this.decideIn(tx, reviewerId, unique, ids, decision, reason));
  }

  /** The decision of `unique` (the distinct `ids`, as given, which name the problems' paths), in `tx`. */
  private async decideIn(tx: EntityManager, reviewerId: string, unique: string[], ids: string[], decision: Decision, reason: string | null, confirmedBy?: string): Promise<Reviewed[]> {
    const rows = await this.lockOwned(tx, reviewerId, unique);
    const found = new Set(rows.map((r) => r.id));
    const missing = unique.flatMap((id) => (found.has(id) ? [] : [fieldProblem(`ids[${ids.indexOf(id)}]`, `No such assignment: ${id}`, 'field.noSuchAssignment', { id })]));
    if (missing.length) {
      // The reason says how many; the listed problems say which.
      const summary = missing.length === 1 ? missing[0].message : `${missing.length} assignments were not found; nothing was changed`;
      throw ReviewError.notFound(summary, 'review.notFound', missing, { count: missing.length });
    }
    const conflicts = rows.flatMap((r) =>
      r.status === 'SUBMITTED' || r.status === decision ? [] : [statusConflict(`ids[${ids.indexOf(r.id)}]`, r.id, r.status)],
    );
    if (conflicts.length) {
      const summary = conflicts.length === 1 ? `${conflicts[0].message}; it cannot be ${decision.toLowerCase()}` : `${conflicts.length} assignments cannot be ${decision.toLowerCase()}; nothing was changed`;
      // The reason says how many; the listed problems (each with its own reason) say which and why.
      throw new ReviewError('CONFLICT', summary, conflicts, { key: decision === 'ACCEPTED' ? 'review.cannotAccept' : 'review.cannotReject', params: { count: conflicts.length } });
    }
    const todo = rows.filter((r) => r.status === 'SUBMITTED');
    if (todo.length && decision === 'REJECTED' && !confirmedBy) {
      const why = await this.guard.check(tx, todo);
      if (why) throw new HeldRejection(todo[0].project_id, todo.map((r) => r.id), why);
    }
    if (todo.length) {
      const todoIds = todo.map((r) => r.id);
      // The primary key on assignment_reviews is the last word: an answer is decided at most once.
      await tx.query(
        `INSERT INTO assignment_reviews (assignment_id, worker_id, decision, reason, reviewer_id)
         SELECT id, worker_id, $3, $4, $5 FROM unnest($1::bigint[], $2::uuid[]) AS d(id, worker_id)`,
        [todoIds, todo.map((r) => r.worker_id), decision, reason, reviewerId],
      );
      // Batch statuses as read under the batches' lock, not lockOwned's (the relay may have completed them since).
      const statusOf = await this.assignments.decide(tx, todoIds, decision);
      if (decision === 'REJECTED') {
        await this.evidence.record(tx, todoIds);
        await this.assignments.recountConsensus(tx, todoIds);
      }
      const answers: DecidedAnswer[] = todo.map((r) => ({
        assignmentId: r.id,
        batchId: r.batch_id,
        batchStatus: statusOf.get(r.batch_id)!,
        workerId: r.worker_id,
        rewardCents: r.reward_cents,
        projectName: r.project_name,
      }));
      if (decision === 'ACCEPTED') {
        await this.earnings.payAccepted(tx, answers);
        await this.topUpToFairPay(tx, reviewerId, todo);
      }
      else await this.earnings.returnRejected(tx, answers);
    }
    return unique.map((id) => ({ id, status: decision }));
  }

  async bonus(
    requesterId: string,
    input: { assignmentId: string; amountCents: number; message: string; idempotencyKey: string },
  ): Promise<{ assignmentId: string; amountCents: number; applied: boolean }> {
    if (!isBigintId(input.assignmentId)) throw noSuchAssignment();
    return this.db.transaction(async (tx) => {
      const [row] = await this.lockOwned(tx, requesterId, [input.assignmentId]);
      if (!row) throw noSuchAssignment();
      if (!['SUBMITTED', 'ACCEPTED'].includes(row.status)) throw new ReviewError('CONFLICT', `A bonus goes with an answer; this assignment is ${row.status.toLowerCase()}`, [], { key: 'bonus.notAnswered', params: { assignmentStatus: row.status } });
      const applied = await this.earnings.payBonus(tx, {
        requesterId,
        workerId: row.worker_id,
        assignmentId: row.id,
        amountCents: input.amountCents,
        memo: ledgerMemo('memo.bonus', { message: input.message }),
        idempotencyKey: input.idempotencyKey,
        currency: row.currency,
      });
      return { assignmentId: row.id, amountCents: input.amountCents, applied };
    });
  }

  /**
   * Fair pay: when the measured pay of a project with the TOP_UP policy is below the platform minimum,
   * each accepted answer is topped up from the requester's balance (once per answer).
   */
  private async topUpToFairPay(tx: EntityManager, requesterId: string, accepted: LockedAnswer[]): Promise<void> {
    for (const projectId of new Set(accepted.filter((a) => a.fair_pay_policy === 'TOP_UP').map((a) => a.project_id))) {
      const answers = accepted.filter((a) => a.project_id === projectId);
      const { cents, hourlyRateCents } = await this.fairPay.topUpPerAnswer(tx, projectId, answers[0].reward_cents);
      if (cents <= 0) continue;
      const message = `Fair-pay top-up: measured pay ${formatMoney(hourlyRateCents ?? 0, answers[0].currency)}/h is below the ${formatMoney(this.fairPay.minHourlyCents, answers[0].currency)}/h minimum`;
      const memo = ledgerMemo('memo.fairPay', { hourlyCents: hourlyRateCents ?? 0, minimumCents: this.fairPay.minHourlyCents, currency: answers[0].currency });
      for (const a of answers) {
        await this.earnings
          .payBonus(tx, { requesterId, workerId: a.worker_id, assignmentId: a.id, amountCents: cents, memo, idempotencyKey: `fair-pay:${a.id}`, currency: a.currency })
          .catch((error: unknown) => {
            if (error instanceof DomainError && error.code === 'INSUFFICIENT_FUNDS') {
              const params = { ...memo.params, eachCents: cents, shortCents: Number(error.reason?.params['shortCents'] ?? 0) };
              throw new ReviewError(
                'INSUFFICIENT_FUNDS',
                `${message}; accepting also pays ${formatMoney(cents, a.currency)} more per answer, and ${error.message.replace(/^This bonus costs [^;]*; /, '')}`,
                [],
                { key: 'accept.fairPayShort', params },
              );
            }
            throw error;
          });
      }
    }
  }

  /** The requester's own assignments among `ids`, locked; one query whatever the number of ids. */
  private lockOwned(tx: EntityManager, ownerId: string, ids: string[]): Promise<LockedAnswer[]> {
    return tx.query(
      `SELECT a.id::text, a.project_id, p.fair_pay_policy, a.status, a.worker_id, a.reward_cents, t.batch_id, p.name AS project_name, p.currency
         FROM assignments a
         JOIN projects p ON p.id = a.project_id
         JOIN tasks t ON t.id = a.task_id
        WHERE a.id = ANY($1::bigint[]) AND p.owner_id = $2
        ORDER BY a.id
        FOR UPDATE OF a`,
      [ids, ownerId],
    );
  }
}
