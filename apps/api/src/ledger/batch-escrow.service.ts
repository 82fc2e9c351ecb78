import { ledgerMemo } from '@fourmi/task-kinds';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BatchCost, BatchFunding } from '../batches/batch-funding';
import type { PaymentsConfig } from '../config/app.config';
import { FairPayService } from './fair-pay.service';
import { Accounts, LedgerError, LedgerService } from './ledger.service';
import { fieldProblem } from '../common/domain-error';
import { cents, escrowCents, feeCents, formatMoney } from './money';
import { PAYMENTS_CONFIG } from './payments-config';

export interface EscrowTerms {
  batchId: string;
  ownerId: string;
  currency: string;
  feeCents: number;
}

/**
 * Escrow: publishing a batch moves the most it can cost (every answer of every item, with fees) from
 * the requester's balance to the batch's escrow, in the publishing transaction. When the batch ends,
 * what is left goes back, except what its answers awaiting review may still cost.
 */
@Injectable()
export class BatchEscrowService implements BatchFunding {
  constructor(
    private readonly ledger: LedgerService,
    private readonly fairPay: FairPayService,
    @Inject(PAYMENTS_CONFIG) private readonly config: PaymentsConfig,
  ) {}

  quote(cost: Pick<BatchCost, 'items' | 'maxOverlap' | 'rewardCents'>): number {
    return escrowCents(cost.items, cost.maxOverlap, cost.rewardCents, this.config.platformFeePercent);
  }

  async reserve(tx: EntityManager, cost: BatchCost): Promise<void> {
    await this.fairPay.requireFairPay(tx, cost.projectId, cost.currency);
    const fee = feeCents(cost.rewardCents, this.config.platformFeePercent);
    const total = this.quote(cost);
    const balanceAccount = Accounts.requester(cost.ownerId, cost.currency);
    const balance = await this.ledger.lockBalance(tx, balanceAccount);
    if (balance < total) {
      const short = formatMoney(total - balance, cost.currency);
      const shortBy = { shortCents: total - balance, currency: cost.currency };
      throw new LedgerError(
        'INSUFFICIENT_FUNDS',
        `Publishing this batch reserves ${formatMoney(total, cost.currency)} (${cost.items} items × ${cost.maxOverlap} answers × ${formatMoney(cost.rewardCents + fee, cost.currency)} with fees). Your balance is short by ${short}; top up and publish again`,
        [fieldProblem('batchId', `Your balance is short by ${short}`, 'field.balanceShortBy', shortBy)],
        { key: 'publish.short', params: { totalCents: total, items: cost.items, answers: cost.maxOverlap, eachCents: cost.rewardCents + fee, ...shortBy } },
      );
    }
    await tx.query(
      `INSERT INTO batch_escrows (batch_id, owner_id, currency, reward_cents, fee_cents, max_assignments, reserved_cents)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [cost.batchId, cost.ownerId, cost.currency, cost.rewardCents, fee, cost.items * cost.maxOverlap, total],
    );
    await this.ledger.post(tx, {
      kind: 'ESCROW_RESERVE',
      reference: `batch:${cost.batchId}`,
      idempotencyKey: `escrow:${cost.batchId}`,
      memo: ledgerMemo('memo.escrow', { count: cost.items }),
      lines: [
        { account: balanceAccount, amount: -total },
        { account: Accounts.escrow(cost.batchId, cost.currency), amount: total },
      ],
    });
  }

  async release(tx: EntityManager, batchId: string): Promise<void> {
    const terms = await this.terms(tx, [batchId]);
    const escrow = terms.get(batchId);
    if (!escrow) return; // published before the ledger existed: nothing reserved
    const account = Accounts.escrow(batchId, escrow.currency);
    const balance = await this.ledger.lockBalance(tx, account);
    // Locked first, counted second: an acceptance racing with us is either seen as done or as held.
    const [held]: { cents: string; entries: number }[] = await tx.query(
      `SELECT coalesce(sum(a.reward_cents + $2), 0) AS cents,
              (SELECT count(*)::int FROM ledger_entries e JOIN ledger_accounts la ON la.id = e.account_id
                WHERE la.owner_kind = 'BATCH' AND la.owner_id = $1) AS entries
         FROM assignments a JOIN tasks t ON t.id = a.task_id
        WHERE t.batch_id = $1 AND a.status = 'SUBMITTED'`,
      [batchId, escrow.feeCents],
    );
    const amount = balance - cents(held.cents);
    if (amount <= 0) return;
    await this.ledger.post(tx, {
      kind: 'ESCROW_RELEASE',
      reference: `batch:${batchId}`,
      idempotencyKey: `release:${batchId}:${held.entries}`,
      memo: ledgerMemo('memo.escrowReturned'),
      lines: [
        { account, amount: -amount },
        { account: Accounts.requester(escrow.ownerId, escrow.currency), amount },
      ],
    });
  }

  /** The escrow terms of batches (absent for batches published before the ledger existed). */
  async terms(tx: EntityManager, batchIds: readonly string[]): Promise<Map<string, EscrowTerms>> {
    const rows: { batch_id: string; owner_id: string; currency: string; fee_cents: number }[] = await tx.query(
      `SELECT batch_id, owner_id, currency, fee_cents FROM batch_escrows WHERE batch_id = ANY($1::uuid[])`,
      [batchIds],
    );
    return new Map(rows.map((r) => [r.batch_id, { batchId: r.batch_id, ownerId: r.owner_id, currency: r.currency, feeCents: r.fee_cents }]));
  }
}
