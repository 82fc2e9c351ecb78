import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { checkLedger } from './ledger-check';
import type { LedgerAuditModel, PayoutAuditModel } from './models/ledger-audit.model';

/** Payouts shown to the admin: the latest, those needing attention (in flight, failed) first. */
export const AUDITED_PAYOUTS = 50;

const PAYOUTS_SQL = `
SELECT p.id, p.worker_id, u.display_name, u.email, p.amount_cents::int AS amount_cents, p.currency, p.status, p.failure_reason, p.created_at
  FROM payouts p JOIN users u ON u.id = p.worker_id
 ORDER BY (p.status IN ('PENDING', 'FAILED')) DESC, p.created_at DESC
 LIMIT $1`;

interface PayoutRow {
  id: string;
  worker_id: string;
  display_name: string;
  email: string;
  amount_cents: number;
  currency: string;
  status: string;
  failure_reason: string | null;
  created_at: Date;
}

/**
 * The admins' audit of the money: every invariant of check:ledger (ledger-check.ts), and the latest
 * payouts, read in one read-only snapshot so a posting under way cannot show half done.
 */
@Injectable()
export class LedgerAudit {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(): Promise<LedgerAuditModel> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      const report = await checkLedger((text, params) => tx.query(text, params));
      const payouts: PayoutRow[] = await tx.query(PAYOUTS_SQL, [AUDITED_PAYOUTS]);
      return { checkedAt: new Date(), ...report, payouts: payouts.map(toPayoutAudit) };
    });
  }
}

const toPayoutAudit = (p: PayoutRow): PayoutAuditModel => ({
  id: p.id,
  workerId: p.worker_id,
  workerName: p.display_name,
  workerEmail: p.email,
  amountCents: p.amount_cents,
  currency: p.currency,
  status: p.status,
  failureReason: p.failure_reason,
  createdAt: p.created_at,
});
