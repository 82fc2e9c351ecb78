import { type LedgerMemo, ledgerMemo } from '@fourmi/task-kinds';
import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PaymentsConfig } from '../config/app.config';
import { BatchEscrowService } from './batch-escrow.service';
import { type AccountRef, Accounts, LedgerError, LedgerService } from './ledger.service';
import { fieldProblem } from '../common/domain-error';
import { feeCents, formatMoney } from './money';
import { PAYMENTS_CONFIG } from './payments-config';

/** An answer being decided, as the review module locked it. */
export interface DecidedAnswer {
  assignmentId: string;
  batchId: string;
  batchStatus: string;
  workerId: string;
  rewardCents: number;
  projectName: string;
}

const HOLD_SWEEP_MS = 60_000;
/** A sweep stops taking chunks after this long: sweeps start every minute. */
const SWEEP_BUDGET_MS = 40_000;

/**
 * Worker earnings: an accepted answer moves its reward from the batch escrow to the worker (pending
 * during the hold period, then available) and its fee to the platform; a rejected answer of a batch
 * that has ended returns its share of the escrow to the requester at once.
 */
@Injectable()
export class EarningsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EarningsService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly escrow: BatchEscrowService,
    @Inject(PAYMENTS_CONFIG) private readonly config: PaymentsConfig,
  ) {}

  /** Pays accepted answers: one ledger transaction for the set, netted per account. */
  async payAccepted(tx: EntityManager, answers: DecidedAnswer[]): Promise<void> {
    if (!answers.length) return;
    const terms = await this.escrow.terms(tx, [...new Set(answers.map((a) => a.batchId))]);
    const lines: { account: AccountRef; amount: number }[] = [];
    const perWorker = new Map<string, { amount: number; currency: string }>();
    for (const a of answers) {
      const t = terms.get(a.batchId);
      if (!t) {
        const message = `Answer ${a.assignmentId} belongs to a batch published without escrow; it cannot be paid from the ledger`;
        throw new LedgerError('CONFLICT', message, [], { key: 'accept.noEscrow', params: { id: a.assignmentId } });
      }
      lines.push({ account: Accounts.escrow(a.batchId, t.currency), amount: -(a.rewardCents + t.feeCents) });
      lines.push({ account: Accounts.platformFees(t.currency), amount: t.feeCents });
      const w = perWorker.get(a.workerId) ?? { amount: 0, currency: t.currency };
      w.amount += a.rewardCents;
      perWorker.set(a.workerId, w);
    }
    for (const [workerId, w] of perWorker) lines.push(...this.creditWorker(workerId, w.amount, w.currency));
    await this.ledger.post(tx, {
      kind: 'ACCEPT',
      reference: `assignments:${answers.length}`,
      idempotencyKey: `accept:${digest(answers.map((a) => a.assignmentId))}`,
      memo: ledgerMemo('memo.accepted', { count: answers.length, projects: [...new Set(answers.map((a) => a.projectName))] }),
      lines,
    });
    await this.hold(tx, perWorker);
  }

  /** Rejected answers of ended batches give their share of escrow back to the requester now. */
  returnRejected(tx: EntityManager, answers: DecidedAnswer[]): Promise<void> {
    return this.moveEndedShares(tx, answers, 'toRequester');
  }

  /**
   * An appeal overturned a rejection after its batch ended: the share that went back to the requester
   * is reserved again from their balance, so the answer can be paid like any accepted one.
   */
  reEscrowOverturned(tx: EntityManager, answers: DecidedAnswer[]): Promise<void> {
    return this.moveEndedShares(tx, answers, 'toEscrow');
  }

  /** Moves the escrow share (reward and fee) of answers of ended batches between escrow and requester. */
  private async moveEndedShares(tx: EntityManager, answers: DecidedAnswer[], direction: 'toRequester' | 'toEscrow'): Promise<void> {
    const ended = answers.filter((a) => a.batchStatus === 'COMPLETED' || a.batchStatus === 'CANCELLED');
    if (!ended.length) return;
    const terms = await this.escrow.terms(tx, [...new Set(ended.map((a) => a.batchId))]);
    const sign = direction === 'toRequester' ? 1 : -1;
    const lines = ended.flatMap((a) => {
      const t = terms.get(a.batchId);
      if (!t) return [];
      const amount = a.rewardCents + t.feeCents;
      return [
        { account: Accounts.escrow(a.batchId, t.currency), amount: -sign * amount },
        { account: Accounts.requester(t.ownerId, t.currency), amount: sign * amount },
      ];
    });
    if (direction === 'toEscrow') {
      for (const line of lines.filter((l) => l.amount < 0)) {
        await this.ledger.requireBalance(tx, line.account, -line.amount, "The requester's balance, to pay the answer an appeal overturned,", 'overturn.requesterShort');
      }
    }
    const ids = digest(ended.map((a) => a.assignmentId));
    await this.ledger.post(tx, {
      kind: direction === 'toRequester' ? 'ESCROW_RELEASE' : 'ESCROW_RESERVE',
      reference: `assignments:${ended.length}`,
      idempotencyKey: direction === 'toRequester' ? `reject:${ids}` : `overturn:${ids}`,
      memo: ledgerMemo(direction === 'toRequester' ? 'memo.rejectedReturned' : 'memo.overturnedReserved'),
      lines,
    });
  }

  /** A requester's bonus to a worker, paid from the requester's balance with the platform fee. */
  async payBonus(
    tx: EntityManager,
    bonus: { requesterId: string; workerId: string; assignmentId: string; amountCents: number; memo: LedgerMemo; idempotencyKey: string; currency: string },
  ): Promise<boolean> {
    const fee = feeCents(bonus.amountCents, this.config.platformFeePercent);
    const requester = Accounts.requester(bonus.requesterId, bonus.currency);
    const idempotencyKey = `bonus:${bonus.requesterId}:${bonus.idempotencyKey}`;
    const balance = await this.ledger.lockBalance(tx, requester);
    // After the lock: a retry of a bonus already paid is answered as such, not as "short of money".
    if (await this.ledger.isPosted(tx, idempotencyKey)) return false;
    const total = bonus.amountCents + fee;
    if (balance < total) {
      const short = formatMoney(total - balance, bonus.currency);
      const params = { totalCents: total, shortCents: total - balance, currency: bonus.currency };
      throw new LedgerError(
        'INSUFFICIENT_FUNDS',
        `This bonus costs ${formatMoney(total, bonus.currency)} with fees; your balance is short by ${short}`,
        [fieldProblem('amountCents', `Your balance is short by ${short}`, 'field.balanceShortBy', params)],
        { key: 'bonus.short', params },
      );
    }
    const credit = new Map([[bonus.workerId, { amount: bonus.amountCents, currency: bonus.currency }]]);
    const { applied } = await this.ledger.post(tx, {
      kind: 'BONUS',
      reference: `assignment:${bonus.assignmentId}`,
      idempotencyKey,
      memo: bonus.memo,
      lines: [
        { account: requester, amount: -total },
        { account: Accounts.platformFees(bonus.currency), amount: fee },
        ...this.creditWorker(bonus.workerId, bonus.amountCents, bonus.currency),
      ],
    });
    if (applied) await this.hold(tx, credit);
    return applied;
  }

  /** Holds released per transaction. Replaceable so tests can take several in one sweep. */
  releaseChunk = 500;

  /**
   * Moves every reward whose hold period is over from pending to available, `releaseChunk` holds per
   * transaction, until none is due or 40 s have passed (sweeps start every minute); returns how many.
   * One chunk a sweep released 500 holds a minute at most, while accepting answers makes up to one hold
   * per worker per decision.
   */
  async releaseDueHolds(): Promise<number> {
    const started = Date.now();
    let total = 0;
    for (;;) {
      const released = await this.releaseChunkOfHolds();
      total += released;
      if (released < this.releaseChunk || Date.now() - started >= SWEEP_BUDGET_MS) return total;
    }
  }

  private releaseChunkOfHolds(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const [due]: [{ id: string; worker_id: string; currency: string; amount_cents: string }[], number] = await tx.query(
        `UPDATE earning_holds SET released_at = now()
          WHERE id IN (SELECT id FROM earning_holds WHERE released_at IS NULL AND available_at <= now()
                        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, worker_id, currency, amount_cents`,
        [this.releaseChunk],
      );
      for (const h of due) {
        const amount = Number(h.amount_cents);
        await this.ledger.post(tx, {
          kind: 'HOLD_RELEASE',
          reference: `hold:${h.id}`,
          idempotencyKey: `hold:${h.id}`,
          memo: ledgerMemo('memo.holdReleased'),
          lines: [
            { account: Accounts.workerPending(h.worker_id, h.currency), amount: -amount },
            { account: Accounts.workerAvailable(h.worker_id, h.currency), amount },
          ],
        });
      }
      return due.length;
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.payoutHoldHours === 0) return;
    this.timer = setInterval(() => {
      this.releaseDueHolds().catch((error: unknown) => this.logger.warn(`Releasing held earnings failed: ${String(error)}`));
    }, HOLD_SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private creditWorker(workerId: string, amount: number, currency: string): { account: AccountRef; amount: number }[] {
    const account = this.config.payoutHoldHours > 0 ? Accounts.workerPending(workerId, currency) : Accounts.workerAvailable(workerId, currency);
    return [{ account, amount }];
  }

  private async hold(tx: EntityManager, perWorker: Map<string, { amount: number; currency: string }>): Promise<void> {
    if (this.config.payoutHoldHours === 0 || !perWorker.size) return;
    const entries = [...perWorker].filter(([, w]) => w.amount > 0);
    await tx.query(
      `INSERT INTO earning_holds (worker_id, currency, amount_cents, available_at)
       SELECT w, c, a, now() + make_interval(hours => $4) FROM unnest($1::uuid[], $2::text[], $3::bigint[]) AS x(w, c, a)`,
      [entries.map(([id]) => id), entries.map(([, w]) => w.currency), entries.map(([, w]) => w.amount), this.config.payoutHoldHours],
    );
  }
}

function digest(ids: string[]): string {
  return createHash('sha256').update([...ids].sort().join(',')).digest('hex').slice(0, 32);
}
