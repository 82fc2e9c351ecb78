import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectFieldChangeModel } from '../../projects/models/project-edit.model';

/** One audited action: who did what to whom, and why. */
@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: 'BAN, LIFT_BAN, RULE_BAN, ANSWERS_RETURNED, APPEAL_UPHELD, APPEAL_OVERTURNED, MASS_REJECTION_APPROVED, MASS_REJECTION_DECLINED, GOLD_KEPT, GOLD_CORRECTED, ledger.credit, ledger.refund, PROJECT_EDITED, ACCOUNT_SUSPENDED, ACCOUNT_REINSTATED, PASSWORD_CHANGED, PASSWORD_RESET_LINK' })
  action: string;

  @Field(() => String, { nullable: true, description: 'The admin who acted (the requester, for an edit of their project); null when a quality rule did' })
  actorName: string | null;

  @Field(() => String, { description: 'USER, TASK or PROJECT' })
  subjectKind: string;

  @Field(() => ID)
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'The person acted on (name and email) or the project (its name); null for a task' })
  subjectName: string | null;

  @Field(() => String, { description: 'Empty for a project edit: its changes say what happened' })
  reason: string;

  @Field(() => [ProjectFieldChangeModel], { nullable: true, description: 'A project edit’s changed fields, before and after; null for other actions' })
  projectChanges: ProjectFieldChangeModel[] | null;
}

@ObjectType('AuditPage')
export class AuditPageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [AuditEntryModel], { description: 'Newest first' })
  items: AuditEntryModel[];
}
