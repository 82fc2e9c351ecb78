import { ledgerMemo } from '@fourmi/task-kinds';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PaymentsConfig } from '../config/app.config';
import { DomainError, fieldProblem } from '../common/domain-error';
import { Accounts, LedgerService } from '../ledger/ledger.service';
import { cents, formatMoney } from '../ledger/money';
import { PAYMENTS_CONFIG } from '../ledger/payments-config';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider';

export class PaymentsError extends DomainError {}

export const MIN_TOP_UP_CENTS = 100;
export const MAX_TOP_UP_CENTS = 1_000_000;

export interface TopUp {
  id: string;
  amountCents: number;
  currency: string;
  status: 'PENDING' | 'PAID' | 'EXPIRED';
  checkoutUrl: string | null;
  createdAt: Date;
}

interface TopUpRow {
  id: string;
  amount_cents: string;
  currency: string;
  status: TopUp['status'];
  created_at: Date;
}

const toTopUp = (r: TopUpRow, checkoutUrl: string | null = null): TopUp => ({
  id: r.id,
  amountCents: cents(r.amount_cents),
  currency: r.currency,
  status: r.status,
  checkoutUrl,
  createdAt: r.created_at,
});

/** Requesters pay in: a checkout session per top-up, credited once when the provider says it is paid. */
@Injectable()
export class TopUpsService {
  private readonly logger = new Logger(TopUpsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(PAYMENTS_CONFIG) private readonly config: PaymentsConfig,
  ) {}

  /** Opens a checkout (Stripe) and returns where to pay; in the sandbox the top-up is paid at once. */
  async create(userId: string, amountCents: number, applyPaid: (sessionId: string, topUp: TopUp) => Promise<void>): Promise<TopUp> {
    if (!Number.isInteger(amountCents) || amountCents < MIN_TOP_UP_CENTS || amountCents > MAX_TOP_UP_CENTS) {
      throw PaymentsError.invalid([
        fieldProblem(
          'amountCents',
          `Top up from ${formatMoney(MIN_TOP_UP_CENTS, this.config.currency)} to ${formatMoney(MAX_TOP_UP_CENTS, this.config.currency)}`,
          'field.topUpBetween',
          { minCents: MIN_TOP_UP_CENTS, maxCents: MAX_TOP_UP_CENTS, currency: this.config.currency },
        ),
      ]);
    }
    const [row]: TopUpRow[] = await this.db.query(
      `INSERT INTO top_ups (user_id, amount_cents, currency, provider) VALUES ($1, $2, $3, $4) RETURNING id, amount_cents, currency, status, created_at`,
      [userId, amountCents, this.config.currency, this.provider.mode],
    );
    let session: { sessionId: string; url: string | null };
    try {
      session = await this.provider.createCheckout({ topUpId: row.id, userId, amountCents, currency: this.config.currency });
    } catch (error) {
      this.logger.warn(`Checkout for top-up ${row.id} failed: ${String(error)}`);
      await this.db.query(`UPDATE top_ups SET status = 'EXPIRED' WHERE id = $1 AND status = 'PENDING'`, [row.id]);
      throw new PaymentsError('CONFLICT', 'The payment provider could not open a checkout; nothing was charged, please try again', [], { key: 'topUp.noCheckout', params: {} });
    }
    await this.db.query(`UPDATE top_ups SET provider_session_id = $2 WHERE id = $1`, [row.id, session.sessionId]);
    const topUp = toTopUp(row, session.url);
    if (this.provider.mode === 'SANDBOX') {
      await applyPaid(session.sessionId, topUp);
      return { ...topUp, status: 'PAID' };
    }
    return topUp;
  }

  /** Credits a paid top-up once (whatever the number of events saying so); false if already done. */
  async credit(tx: EntityManager, ref: { topUpId?: string; sessionId?: string }, paid: { amountCents: number; currency: string }): Promise<boolean> {
    const [rows]: [{ id: string; user_id: string; amount_cents: string; currency: string }[], number] = await tx.query(
      `UPDATE top_ups SET status = 'PAID', paid_at = now()
        WHERE (id::text = $1 OR provider_session_id = $2) AND status <> 'PAID'
        RETURNING id, user_id, amount_cents, currency`,
      [ref.topUpId ?? '', ref.sessionId ?? ''],
    );
    const topUp = rows[0];
    if (!topUp) return false;
    if (paid.currency.toUpperCase() !== topUp.currency) throw new Error(`Top-up ${topUp.id} was paid in ${paid.currency}, expected ${topUp.currency}`);
    if (paid.amountCents !== cents(topUp.amount_cents)) this.logger.warn(`Top-up ${topUp.id}: paid ${paid.amountCents}, asked ${topUp.amount_cents}; crediting what was paid`);
    await this.ledger.post(tx, {
      kind: 'TOP_UP',
      reference: `top-up:${topUp.id}`,
      idempotencyKey: `topup:${topUp.id}`,
      memo: ledgerMemo(this.provider.mode === 'SANDBOX' ? 'memo.topUpSandbox' : 'memo.topUp'),
      lines: [
        { account: Accounts.clearing(topUp.currency), amount: -paid.amountCents },
        { account: Accounts.requester(topUp.user_id, topUp.currency), amount: paid.amountCents },
      ],
    });
    return true;
  }

  async listOf(userId: string, limit = 20): Promise<TopUp[]> {
    const rows: TopUpRow[] = await this.db.query(
      `SELECT id, amount_cents, currency, status, created_at FROM top_ups WHERE user_id = $1 ORDER BY created_at DESC LIMIT $2`,
      [userId, limit],
    );
    return rows.map((r) => toTopUp(r));
  }

  /** Pending Stripe top-ups older than `olderThanSeconds` whose session the provider reports paid. */
  async unpaidSessions(olderThanSeconds: number): Promise<{ id: string; sessionId: string }[]> {
    const rows: { id: string; provider_session_id: string }[] = await this.db.query(
      `SELECT id, provider_session_id FROM top_ups
        WHERE status = 'PENDING' AND provider_session_id IS NOT NULL AND created_at <= now() - make_interval(secs => $1)
          AND created_at > now() - interval '2 days'
        ORDER BY created_at LIMIT 100`,
      [olderThanSeconds],
    );
    return rows.map((r) => ({ id: r.id, sessionId: r.provider_session_id }));
  }
}
