import { ledgerMemo } from '@fourmi/task-kinds';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PaymentsConfig } from '../config/app.config';
import { Accounts, LedgerService } from '../ledger/ledger.service';
import { cents, formatMoney } from '../ledger/money';
import { PAYMENTS_CONFIG } from '../ledger/payments-config';
import { PAYMENT_PROVIDER, type PaymentProvider, ProviderDeclinedError } from './payment-provider';
import { PaymentsError } from './top-ups.service';
import { fieldProblem } from '../common/domain-error';

export type PayoutStatus = 'PENDING' | 'PAID' | 'FAILED' | 'REVERSED';

export interface Payout {
  id: string;
  workerId: string;
  amountCents: number;
  currency: string;
  status: PayoutStatus;
  destination: string;
  failureReason: string | null;
  createdAt: Date;
}

interface PayoutRow {
  id: string;
  worker_id: string;
  amount_cents: string;
  currency: string;
  status: PayoutStatus;
  destination: string;
  failure_reason: string | null;
  created_at: Date;
}

const COLUMNS = 'id, worker_id, amount_cents, currency, status, destination, failure_reason, created_at';
const toPayout = (r: PayoutRow): Payout => ({
  id: r.id,
  workerId: r.worker_id,
  amountCents: cents(r.amount_cents),
  currency: r.currency,
  status: r.status,
  destination: r.destination,
  failureReason: r.failure_reason,
  createdAt: r.created_at,
});

/**
 * Payouts: the amount leaves the worker's available balance for "in flight" in one locked transaction,
 * then the provider is asked to transfer it (idempotent on the payout id), then the result is
 * recorded: settled (in flight → provider) or returned (in flight → available). Each step is a guarded
 * status change in the same transaction as its posting, so a retry, a webhook or the reconciliation
 * can repeat any step without paying twice.
 */
@Injectable()
export class PayoutsService {
  private readonly logger = new Logger(PayoutsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(PAYMENTS_CONFIG) private readonly config: PaymentsConfig,
  ) {}

  /** The worker's Stripe Express account (created once) and the link to finish onboarding. */
  async connect(workerId: string): Promise<{ url: string | null; connected: boolean }> {
    let accountId = await this.destinationOf(workerId);
    if (!accountId) {
      const created = await this.provider.createPayoutAccount(workerId);
      await this.db.query(
        `INSERT INTO payout_accounts (user_id, provider, provider_account_id) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`,
        [workerId, this.provider.mode, created],
      );
      accountId = (await this.destinationOf(workerId))!;
    }
    return { url: await this.provider.onboardingLink(accountId), connected: true };
  }

  async destinationOf(workerId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT provider_account_id FROM payout_accounts WHERE user_id = $1`, [workerId]);
    return row?.provider_account_id ?? null;
  }

  async request(workerId: string, amountCents: number): Promise<Payout> {
    const currency = this.config.currency;
    if (!Number.isInteger(amountCents) || amountCents < this.config.minPayoutCents) {
      throw PaymentsError.invalid([
        fieldProblem('amountCents', `The minimum payout is ${formatMoney(this.config.minPayoutCents, currency)}`, 'field.minimumPayout', {
          minCents: this.config.minPayoutCents,
          currency,
        }),
      ]);
    }
    let destination = await this.destinationOf(workerId);
    if (!destination && this.provider.mode === 'SANDBOX') destination = await this.provider.createPayoutAccount(workerId);
    if (!destination) throw new PaymentsError('CONFLICT', 'Connect a payout account first (connectPayoutAccount)', [], { key: 'payout.noAccount', params: {} });
    const payout = await this.db.transaction(async (tx) => {
      const available = Accounts.workerAvailable(workerId, currency);
      // Both accounts locked in id order; a parallel request for this worker waits here, then sees the new balance.
      await this.ledger.lock(tx, [available, Accounts.inFlight(workerId, currency)]);
      const balance = await this.ledger.lockBalance(tx, available);
      if (balance < amountCents) {
        throw new PaymentsError('INSUFFICIENT_FUNDS', `You can withdraw at most ${formatMoney(balance, currency)}`, [
          fieldProblem('amountCents', `At most ${formatMoney(balance, currency)}`, 'field.atMostAmount', { maxCents: balance, currency }),
        ], { key: 'payout.atMost', params: { maxCents: balance, currency } });
      }
      const [row]: PayoutRow[] = await tx.query(
        `INSERT INTO payouts (worker_id, amount_cents, currency, provider, destination) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [workerId, amountCents, currency, this.provider.mode, destination],
      );
      await this.ledger.post(tx, {
        kind: 'PAYOUT_REQUEST',
        reference: `payout:${row.id}`,
        idempotencyKey: `payout:${row.id}:request`,
        memo: ledgerMemo('memo.payoutRequested'),
        lines: [
          { account: available, amount: -amountCents },
          { account: Accounts.inFlight(workerId, currency), amount: amountCents },
        ],
      });
      return toPayout(row);
    });
    return this.send(payout);
  }

  /** Asks the provider to transfer a pending payout and records the answer. */
  async send(payout: Payout): Promise<Payout> {
    let transferId: string;
    try {
      transferId = (await this.provider.createTransfer({ payoutId: payout.id, amountCents: payout.amountCents, currency: payout.currency, destination: payout.destination }))
        .transferId;
    } catch (error) {
      if (error instanceof ProviderDeclinedError) {
        await this.db.transaction((tx) => this.fail(tx, payout.id, error.message));
        return this.get(payout.id);
      }
      // Unknown outcome (network, provider down): stays in flight; the reconciliation finishes it.
      this.logger.warn(`Payout ${payout.id}: transfer outcome unknown (${String(error)}); left to reconciliation`);
      return payout;
    }
    await this.db.transaction((tx) => this.recordTransfer(tx, payout.id, transferId));
    return this.get(payout.id);
  }

  /** The provider made the transfer: in flight → provider. Once, however often it is told. */
  async recordTransfer(tx: EntityManager, payoutId: string, transferId: string): Promise<boolean> {
    const [rows]: [PayoutRow[], number] = await tx.query(
      `UPDATE payouts SET status = 'PAID', provider_reference = $2, updated_at = now() WHERE id = $1 AND status = 'PENDING' RETURNING ${COLUMNS}`,
      [payoutId, transferId],
    );
    const p = rows[0];
    if (!p) return false;
    await this.ledger.post(tx, {
      kind: 'PAYOUT_SETTLE',
      reference: `payout:${p.id}`,
      idempotencyKey: `payout:${p.id}:settle`,
      memo: ledgerMemo(this.provider.mode === 'SANDBOX' ? 'memo.payoutSentSandbox' : 'memo.payoutSent'),
      lines: [
        { account: Accounts.inFlight(p.worker_id, p.currency), amount: -cents(p.amount_cents) },
        { account: Accounts.clearing(p.currency), amount: cents(p.amount_cents) },
      ],
    });
    return true;
  }

  /** The transfer was refused: in flight → available again. */
  async fail(tx: EntityManager, payoutId: string, reason: string): Promise<boolean> {
    const [rows]: [PayoutRow[], number] = await tx.query(
      `UPDATE payouts SET status = 'FAILED', failure_reason = $2, updated_at = now() WHERE id = $1 AND status = 'PENDING' RETURNING ${COLUMNS}`,
      [payoutId, reason.slice(0, 500)],
    );
    const p = rows[0];
    if (!p) return false;
    await this.ledger.post(tx, {
      kind: 'PAYOUT_RETURN',
      reference: `payout:${p.id}`,
      idempotencyKey: `payout:${p.id}:return`,
      memo: ledgerMemo('memo.payoutFailed', { reason: reason.slice(0, 200) }),
      lines: [
        { account: Accounts.inFlight(p.worker_id, p.currency), amount: -cents(p.amount_cents) },
        { account: Accounts.workerAvailable(p.worker_id, p.currency), amount: cents(p.amount_cents) },
      ],
    });
    return true;
  }

  /** The transfer was reversed: its money is the worker's again, whichever order the events came in. */
  async reverse(tx: EntityManager, payoutId: string, reason: string): Promise<boolean> {
    if (await this.fail(tx, payoutId, reason)) return true; // reversed before we heard it was created
    const [rows]: [PayoutRow[], number] = await tx.query(
      `UPDATE payouts SET status = 'REVERSED', failure_reason = $2, updated_at = now() WHERE id = $1 AND status = 'PAID' RETURNING ${COLUMNS}`,
      [payoutId, reason.slice(0, 500)],
    );
    const p = rows[0];
    if (!p) return false;
    await this.ledger.post(tx, {
      kind: 'PAYOUT_RETURN',
      reference: `payout:${p.id}`,
      idempotencyKey: `payout:${p.id}:return`,
      memo: ledgerMemo('memo.payoutReversed'),
      lines: [
        { account: Accounts.clearing(p.currency), amount: -cents(p.amount_cents) },
        { account: Accounts.workerAvailable(p.worker_id, p.currency), amount: cents(p.amount_cents) },
      ],
    });
    return true;
  }

  /**
   * Finishes payouts left in flight (crash or network failure after the request): a transfer found at
   * the provider is recorded; otherwise the transfer is asked again with the same idempotency key.
   */
  async reconcile(olderThanSeconds: number): Promise<number> {
    const rows: PayoutRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM payouts WHERE status = 'PENDING' AND created_at <= now() - make_interval(secs => $1) ORDER BY created_at LIMIT 100`,
      [olderThanSeconds],
    );
    let settled = 0;
    for (const payout of rows.map(toPayout)) {
      const found = await this.provider.findTransfer(payout.id);
      const result = found ? await this.db.transaction((tx) => this.recordTransfer(tx, payout.id, found.transferId)).then(() => this.get(payout.id)) : await this.send(payout);
      if (result.status !== 'PENDING') settled += 1;
    }
    return settled;
  }

  async get(payoutId: string): Promise<Payout> {
    const [row]: PayoutRow[] = await this.db.query(`SELECT ${COLUMNS} FROM payouts WHERE id = $1`, [payoutId]);
    return toPayout(row);
  }

  async listOf(workerId: string, limit = 20): Promise<Payout[]> {
    const rows: PayoutRow[] = await this.db.query(`SELECT ${COLUMNS} FROM payouts WHERE worker_id = $1 ORDER BY created_at DESC LIMIT $2`, [workerId, limit]);
    return rows.map(toPayout);
  }

  async paidTotal(workerId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT coalesce(sum(amount_cents), 0)::text AS paid FROM payouts WHERE worker_id = $1 AND status = 'PAID'`, [workerId]);
    return cents(row.paid);
  }
}
