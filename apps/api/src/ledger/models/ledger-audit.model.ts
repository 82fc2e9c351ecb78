import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PayoutAudit')
export class PayoutAuditModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => String)
  workerName: string;

  @Field(() => String)
  workerEmail: string;

  @Field(() => Int)
  amountCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => String, { description: 'PENDING, PAID, FAILED or REVERSED' })
  status: string;

  @Field(() => String, { nullable: true })
  failureReason: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('LedgerAudit')
export class LedgerAuditModel {
  @Field(() => Date, { description: 'When the checks ran: all of them on one snapshot of the database' })
  checkedAt: Date;

  @Field(() => Int)
  transactions: number;

  @Field(() => Int)
  accounts: number;

  @Field(() => [String], { description: 'Each broken money invariant found (none: the ledger is sound)' })
  problems: string[];

  @Field(() => [PayoutAuditModel], { description: 'The latest payouts, those in flight or failed first' })
  payouts: PayoutAuditModel[];
}
