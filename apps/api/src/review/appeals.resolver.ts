import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { AppealsService, type RejectionRow } from './appeals.service';
import { MassRejectionsService } from './mass-rejections.service';
import { MassRejectionModel, RejectionModel } from './models/appeal.model';
import { ReviewError } from './review.service';
import { fieldProblem } from '../common/domain-error';

/** `forAdmin`: the worker is named (an admin deciding an appeal); a worker's own list leaves it out. */
const toRejection = (r: RejectionRow, forAdmin = false): RejectionModel => ({
  assignmentId: r.assignment_id,
  appealId: r.appeal_id,
  projectName: r.project_name,
  projectConfig: r.project_config,
  workerName: forAdmin ? r.worker_name : null,
  workerEmail: forAdmin ? r.worker_email : null,
  item: r.item,
  answer: r.answer,
  reason: r.reason,
  evidence: r.evidence,
  rejectedAt: r.decided_at,
  appealStatus: r.appeal_status,
  appealMessage: r.appeal_message,
  decisionNote: r.decision_note,
  instructionsEditedAt: r.instructions_edited_at,
  instructionsThen: r.instructions_then,
});

@Resolver()
export class AppealsResolver {
  constructor(
    private readonly appeals: AppealsService,
    private readonly massRejections: MassRejectionsService,
  ) {}

  @Allow(Permission.TaskWork)
  @Query(() => [RejectionModel], { description: 'Your rejected answers, why, and your appeals' })
  async myRejections(@CurrentUser() user: AuthUser): Promise<RejectionModel[]> {
    return (await this.appeals.rejections(user.id)).map((r) => toRejection(r));
  }

  @Allow(Permission.TaskWork)
  @Mutation(() => RejectionModel, { description: 'Appeals a rejection (once); an admin decides' })
  async appealRejection(
    @CurrentUser() user: AuthUser,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('message', { type: () => String }) message: string,
  ): Promise<RejectionModel> {
    return toRejection(await this.appeals.appeal(user.id, assignmentId, message));
  }

  @Allow(Permission.QualityAdmin)
  @Query(() => [RejectionModel], { description: 'Appeals waiting for a decision, oldest first' })
  async openAppeals(): Promise<RejectionModel[]> {
    return (await this.appeals.openAppeals()).map((r) => toRejection(r, true));
  }

  @Allow(Permission.QualityAdmin)
  @Mutation(() => RejectionModel, { description: 'Upholds or overturns (accepts and pays) a rejection; final and audited' })
  async decideAppeal(
    @CurrentUser() user: AuthUser,
    @Args('appealId', { type: () => ID }) appealId: string,
    @Args('overturn', { type: () => Boolean }) overturn: boolean,
    @Args('note', { type: () => String }) note: string,
  ): Promise<RejectionModel> {
    return toRejection(await this.appeals.decide(user.id, appealId, overturn, requireNote(note)), true);
  }

  @Allow(Permission.QualityAdmin)
  @Query(() => [MassRejectionModel], { description: 'Rejections held by the mass-rejection guard' })
  pendingMassRejections(): Promise<MassRejectionModel[]> {
    return this.massRejections.pending();
  }

  @Allow(Permission.QualityAdmin)
  @Mutation(() => MassRejectionModel, { description: 'Approves (the answers are rejected) or declines a held rejection; audited' })
  decideMassRejection(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Args('note', { type: () => String }) note: string,
  ): Promise<MassRejectionModel> {
    return this.massRejections.decide(user.id, id, approve, requireNote(note));
  }
}

function requireNote(note: string): string {
  const text = note.trim();
  if (text.length < 3 || text.length > 2000) throw ReviewError.invalid([fieldProblem('note', 'Write a note of 3 to 2,000 characters; the worker or requester reads it', 'field.appealNote', { min: 3, max: 2000 })]);
  return text;
}
