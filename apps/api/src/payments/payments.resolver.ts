import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Public } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import type { PaymentsConfig } from '../config/app.config';
import { AccountType, type HistoryLine, LedgerService } from '../ledger/ledger.service';
import { PAYMENTS_CONFIG } from '../ledger/payments-config';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { cents } from '../ledger/money';
import { AdminLedgerService } from './admin-ledger.service';
import { AdjustBalanceInput } from './dto/adjust-balance.input';
import {
  BalanceAdjustmentModel,
  EarningsModel,
  type LedgerLineModel,
  PaymentsModeEnum,
  PayoutAccountLinkModel,
  PayoutModel,
  ReconciliationModel,
  RequesterBalanceModel,
  TopUpModel,
} from './models/payments.model';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider';
import { PaymentsReconciler } from './payments-reconciler';
import { type Payout, PayoutsService } from './payouts.service';
import { ProviderEventsService } from './provider-events.service';
import { type TopUp, TopUpsService } from './top-ups.service';

export const toLine = (h: HistoryLine): LedgerLineModel => ({
  id: h.id,
  transactionId: h.transactionId,
  kind: h.kind,
  account: h.account,
  amountCents: h.amountCents,
  currency: h.currency,
  memo: h.memo,
  memoKey: h.memoKey,
  memoParams: h.memoParams,
  createdAt: h.createdAt,
});
const toPayout = (p: Payout): PayoutModel =>
  Object.assign(new PayoutModel(), { id: p.id, amountCents: p.amountCents, currency: p.currency, status: p.status, failureReason: p.failureReason, createdAt: p.createdAt });
const toTopUp = (t: TopUp): TopUpModel => Object.assign(new TopUpModel(), t);

@Resolver()
export class PaymentsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly topUps: TopUpsService,
    private readonly payouts: PayoutsService,
    private readonly events: ProviderEventsService,
    private readonly admin: AdminLedgerService,
    private readonly reconciler: PaymentsReconciler,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(PAYMENTS_CONFIG) private readonly config: PaymentsConfig,
  ) {}

  @Public()
  @Query(() => PaymentsModeEnum, { description: 'SANDBOX when no real money moves' })
  paymentsMode(): PaymentsModeEnum {
    return this.provider.mode as PaymentsModeEnum;
  }

  @Allow(Permission.ProjectManage)
  @Mutation(() => TopUpModel, { description: 'Adds money to your balance: pay at checkoutUrl (Stripe); the sandbox credits it at once' })
  async createTopUp(@CurrentUser() user: AuthUser, @Args('amountCents', { type: () => Int }) amountCents: number): Promise<TopUpModel> {
    const topUp = await this.topUps.create(user.id, amountCents, async (sessionId, t) => {
      await this.events.apply({
        id: `sandbox_evt_${t.id}`,
        type: 'checkout.session.completed',
        data: { object: { id: sessionId, payment_status: 'paid', amount_total: t.amountCents, currency: t.currency, metadata: { topUpId: t.id } } },
      });
    });
    return toTopUp(topUp);
  }

  @Allow(Permission.ProjectManage)
  @Query(() => RequesterBalanceModel)
  async myBalance(@CurrentUser() user: AuthUser): Promise<RequesterBalanceModel> {
    const currency = this.config.currency;
    const [balances, [escrow], history, topUps] = await Promise.all([
      this.ledger.userBalances([user.id], currency),
      this.db.query(
        `SELECT coalesce(sum(a.balance), 0)::text AS cents FROM batch_escrows be
           JOIN ledger_accounts a ON a.owner_kind = 'BATCH' AND a.owner_id = be.batch_id AND a.currency = $2
          WHERE be.owner_id = $1`,
        [user.id, currency],
      ),
      this.ledger.history(user.id, [AccountType.REQUESTER_BALANCE], 50),
      this.topUps.listOf(user.id),
    ]);
    return {
      currency,
      availableCents: balances.get(user.id)![AccountType.REQUESTER_BALANCE],
      escrowCents: cents(escrow.cents),
      platformFeePercent: this.config.platformFeePercent,
      paymentsMode: this.provider.mode as PaymentsModeEnum,
      history: history.map(toLine),
      topUps: topUps.map(toTopUp),
    };
  }

  @Allow(Permission.TaskWork)
  @Query(() => EarningsModel)
  async myEarnings(@CurrentUser() user: AuthUser): Promise<EarningsModel> {
    const currency = this.config.currency;
    const [balances, paid, history, payouts, destination] = await Promise.all([
      this.ledger.userBalances([user.id], currency),
      this.payouts.paidTotal(user.id),
      this.ledger.history(user.id, [AccountType.WORKER_PENDING, AccountType.WORKER_AVAILABLE, AccountType.PAYOUTS_IN_FLIGHT], 50),
      this.payouts.listOf(user.id),
      this.payouts.destinationOf(user.id),
    ]);
    const mine = balances.get(user.id)!;
    return {
      currency,
      pendingCents: mine[AccountType.WORKER_PENDING],
      availableCents: mine[AccountType.WORKER_AVAILABLE],
      inFlightCents: mine[AccountType.PAYOUTS_IN_FLIGHT],
      paidCents: paid,
      minPayoutCents: this.config.minPayoutCents,
      payoutHoldHours: this.config.payoutHoldHours,
      payoutAccountConnected: this.provider.mode === 'SANDBOX' || destination !== null,
      paymentsMode: this.provider.mode as PaymentsModeEnum,
      history: history.map(toLine),
      payouts: payouts.map(toPayout),
    };
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => PayoutAccountLinkModel, { description: 'Creates your payout account once and returns where to finish setting it up' })
  connectPayoutAccount(@CurrentUser() user: AuthUser): Promise<PayoutAccountLinkModel> {
    return this.payouts.connect(user.id);
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => PayoutModel, { description: 'Withdraws from your available balance (at least minPayoutCents)' })
  async requestPayout(@CurrentUser() user: AuthUser, @Args('amountCents', { type: () => Int }) amountCents: number): Promise<PayoutModel> {
    return toPayout(await this.payouts.request(user.id, amountCents));
  }

  @Allow(Permission.LedgerAdmin)
  @Mutation(() => BalanceAdjustmentModel, { description: "Credits a requester's balance (audited)" })
  adminCreditBalance(@CurrentUser() user: AuthUser, @Args('input') input: AdjustBalanceInput): Promise<BalanceAdjustmentModel> {
    return this.admin.credit(user.id, input);
  }

  @Allow(Permission.LedgerAdmin)
  @Mutation(() => BalanceAdjustmentModel, { description: "Refunds part of a requester's balance outside the platform (audited)" })
  adminRefundBalance(@CurrentUser() user: AuthUser, @Args('input') input: AdjustBalanceInput): Promise<BalanceAdjustmentModel> {
    return this.admin.refund(user.id, input);
  }

  @Allow(Permission.LedgerAdmin)
  @Mutation(() => ReconciliationModel, { description: 'Settles payouts left in flight and credits top-ups paid without a webhook, now' })
  reconcilePayments(): Promise<ReconciliationModel> {
    return this.reconciler.reconcile(0);
  }
}
