import { ledgerMemo } from '@fourmi/task-kinds';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PaymentsConfig } from '../config/app.config';
import { Accounts, LedgerService } from '../ledger/ledger.service';
import { formatMoney } from '../ledger/money';
import { PAYMENTS_CONFIG } from '../ledger/payments-config';
import { isUuid } from '../projects/projects.service';
import { PaymentsError } from './top-ups.service';
import { fieldProblem } from '../common/domain-error';

export interface Adjustment {
  userId: string;
  amountCents: number;
  reason: string;
  idempotencyKey: string;
}

/**
 * Manual credits (money received outside the checkout, a goodwill gesture) and refunds (money sent
 * back outside the platform) of a requester's balance, each audited in the same transaction.
 */
@Injectable()
export class AdminLedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    @Inject(PAYMENTS_CONFIG) private readonly config: PaymentsConfig,
  ) {}

  credit(actorId: string, input: Adjustment): Promise<{ balanceCents: number; applied: boolean }> {
    return this.adjust(actorId, input, 'ledger.credit');
  }

  refund(actorId: string, input: Adjustment): Promise<{ balanceCents: number; applied: boolean }> {
    return this.adjust(actorId, input, 'ledger.refund');
  }

  private async adjust(actorId: string, input: Adjustment, action: 'ledger.credit' | 'ledger.refund'): Promise<{ balanceCents: number; applied: boolean }> {
    const currency = this.config.currency;
    const [user] = isUuid(input.userId) ? await this.db.query(`SELECT roles FROM users WHERE id = $1`, [input.userId]) : [];
    if (!user) throw PaymentsError.notFound('No such user', 'user.notFound', [fieldProblem('userId', 'No such user', 'field.userNotFound')]);
    return this.db.transaction(async (tx) => {
      const account = Accounts.requester(input.userId, currency);
      const idempotencyKey = `admin:${actorId}:${input.idempotencyKey}`;
      const balance = await this.ledger.lockBalance(tx, account);
      if (await this.ledger.isPosted(tx, idempotencyKey)) return { balanceCents: balance, applied: false };
      if (action === 'ledger.refund') {
        if (balance < input.amountCents) {
          throw new PaymentsError('INSUFFICIENT_FUNDS', `The balance is ${formatMoney(balance, currency)}; a refund cannot exceed it`, [
            fieldProblem('amountCents', `At most ${formatMoney(balance, currency)}`, 'field.atMostAmount', { maxCents: balance, currency }),
          ], { key: 'refund.aboveBalance', params: { balanceCents: balance, currency } });
        }
      }
      const sign = action === 'ledger.credit' ? 1 : -1;
      const { applied, transactionId } = await this.ledger.post(tx, {
        kind: action === 'ledger.credit' ? 'ADMIN_CREDIT' : 'ADMIN_REFUND',
        reference: `user:${input.userId}`,
        idempotencyKey,
        memo: ledgerMemo(action === 'ledger.credit' ? 'memo.adminCredit' : 'memo.adminRefund', { reason: input.reason }),
        lines: [
          { account, amount: sign * input.amountCents },
          { account: Accounts.clearing(currency), amount: -sign * input.amountCents },
        ],
      });
      if (applied) {
        await tx.query(
          `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, $2, 'USER', $3, $4, $5)`,
          [actorId, action, input.userId, input.reason, JSON.stringify({ amountCents: input.amountCents, currency, transactionId })],
        );
      }
      return { balanceCents: await this.ledger.lockBalance(tx, account), applied };
    });
  }
}
