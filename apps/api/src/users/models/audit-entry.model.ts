import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** One audited action: who did what to whom, and why. */
@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'BAN, LIFT_BAN, RULE_BAN, ANSWERS_RETURNED, APPEAL_UPHELD, APPEAL_OVERTURNED, MASS_REJECTION_APPROVED, MASS_REJECTION_DECLINED, GOLD_KEPT, GOLD_CORRECTED, ledger.credit, ledger.refund' })
  action: string;

  @Field(() => String, { nullable: true, description: 'The admin who acted; null when a quality rule did' })
  actorName: string | null;

  @Field(() => String, { description: 'USER or TASK' })
  subjectKind: string;

  @Field(() => ID)
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'The person acted on (name and email); null for a task' })
  subjectName: string | null;

  @Field(() => String)
  reason: string;
}

@ObjectType('AuditPage')
export class AuditPageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [AuditEntryModel], { description: 'Newest first' })
  items: AuditEntryModel[];
}
