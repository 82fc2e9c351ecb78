import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';
import { AccountType } from '../../ledger/ledger.service';

export enum PaymentsModeEnum {
  SANDBOX = 'SANDBOX',
  STRIPE = 'STRIPE',
}
registerEnumType(PaymentsModeEnum, { name: 'PaymentsMode', description: 'SANDBOX: no real money moves (say so on every money screen)' });

export enum TopUpStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  EXPIRED = 'EXPIRED',
}
registerEnumType(TopUpStatus, { name: 'TopUpStatus' });

export enum PayoutStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
  REVERSED = 'REVERSED',
}
registerEnumType(PayoutStatus, { name: 'PayoutStatus', description: 'PENDING: in flight; FAILED and REVERSED: the money is back in your available balance' });

registerEnumType(AccountType, { name: 'LedgerAccountType' });

@ObjectType('TopUp')
export class TopUpModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  amountCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => TopUpStatus)
  status: TopUpStatus;

  @Field(() => String, { nullable: true, description: 'Where to pay (Stripe Checkout); null when already paid (sandbox)' })
  checkoutUrl: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('LedgerLine')
export class LedgerLineModel {
  @Field(() => ID, { description: 'The line (a ledger entry); later lines have greater ids' })
  id: string;

  @Field(() => ID, { description: 'Its transaction: money moved between two of your accounts is two lines of one transaction' })
  transactionId: string;

  @Field(() => String, { description: 'TOP_UP, ESCROW_RESERVE, ACCEPT, BONUS, PAYOUT_REQUEST, ...' })
  kind: string;

  @Field(() => AccountType)
  account: AccountType;

  @Field(() => Int, { description: 'Signed: positive adds to the account' })
  amountCents: number;

  @Field(() => String, { description: "The account's currency" })
  currency: string;

  @Field(() => String, { description: 'In English, as written when the transaction was made' })
  memo: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the memo says, for apps to word it in their language (memo.accepted, memo.topUp, …: LEDGER_MEMOS of @fourmi/task-kinds); null on transactions made before keys were kept',
  })
  memoKey: string | null;

  @Field(() => JSONScalar, { nullable: true, description: "The values memoKey's sentence names (amounts in cents with their currency)" })
  memoParams: Record<string, unknown> | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Payout')
export class PayoutModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  amountCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => PayoutStatus)
  status: PayoutStatus;

  @Field(() => String, { nullable: true })
  failureReason: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Earnings', { description: "A worker's money, in cents" })
export class EarningsModel {
  @Field(() => String)
  currency: string;

  @Field(() => Int, { description: 'Accepted, in the hold period' })
  pendingCents: number;

  @Field(() => Int, { description: 'Yours to withdraw' })
  availableCents: number;

  @Field(() => Int, { description: 'Payouts on their way' })
  inFlightCents: number;

  @Field(() => Int, { description: 'Paid out so far' })
  paidCents: number;

  @Field(() => Int)
  minPayoutCents: number;

  @Field(() => Int)
  payoutHoldHours: number;

  @Field(() => Boolean, { description: 'A payout account is ready (always true in the sandbox)' })
  payoutAccountConnected: boolean;

  @Field(() => PaymentsModeEnum)
  paymentsMode: PaymentsModeEnum;

  @Field(() => [LedgerLineModel], { description: 'Latest 50 lines, newest first', deprecationReason: 'Only the latest 50 lines: page through myEarningsHistory' })
  history: LedgerLineModel[];

  @Field(() => [PayoutModel], { description: 'Latest 20 payouts' })
  payouts: PayoutModel[];
}

@ObjectType('RequesterBalance', { description: "A requester's money, in cents" })
export class RequesterBalanceModel {
  @Field(() => String)
  currency: string;

  @Field(() => Int, { description: 'Free to fund batches' })
  availableCents: number;

  @Field(() => Int, { description: 'Reserved by published batches' })
  escrowCents: number;

  @Field(() => Int)
  platformFeePercent: number;

  @Field(() => PaymentsModeEnum)
  paymentsMode: PaymentsModeEnum;

  @Field(() => [LedgerLineModel], {
    description: 'Latest 50 lines of the balance, newest first',
    deprecationReason: 'Only the latest 50 balance lines: page through myBalanceHistory, which has the escrow lines too',
  })
  history: LedgerLineModel[];

  @Field(() => [TopUpModel])
  topUps: TopUpModel[];
}

@ObjectType('PayoutAccountLink')
export class PayoutAccountLinkModel {
  @Field(() => String, { nullable: true, description: 'Stripe onboarding page; null when nothing is left to do (sandbox)' })
  url: string | null;

  @Field(() => Boolean)
  connected: boolean;
}

@ObjectType('BalanceAdjustment')
export class BalanceAdjustmentModel {
  @Field(() => Int, { description: "The requester's balance after the adjustment" })
  balanceCents: number;

  @Field(() => Boolean, { description: 'false: the same idempotency key was used before; nothing changed' })
  applied: boolean;
}

@ObjectType('Reconciliation')
export class ReconciliationModel {
  @Field(() => Int)
  payoutsSettled: number;

  @Field(() => Int)
  topUpsCredited: number;
}

@ObjectType('BalanceHistoryPage')
export class BalanceHistoryPageModel {
  @Field(() => [LedgerLineModel], { description: 'Newest first: a requester’s balance (REQUESTER_BALANCE) and batches’ escrow (BATCH_ESCROW); a worker’s earnings (WORKER_PENDING, WORKER_AVAILABLE, PAYOUTS_IN_FLIGHT)' })
  lines: LedgerLineModel[];

  @Field(() => ID, { nullable: true, description: 'Pass as `before` for the next (older) page; null on the last page' })
  nextBefore: string | null;
}
