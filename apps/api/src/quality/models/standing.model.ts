import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';
import { QualityRulesModel } from '../dto/quality-rules.input';

@ObjectType('Skill')
export class SkillModel {
  @Field(() => String, { description: 'project:<id>, kind:<TASK_KIND>, ...' })
  skill: string;

  @Field(() => String, { nullable: true, description: "For a project's skill (project:<id>), the project's name" })
  projectName: string | null;

  @Field(() => Float, { description: 'Estimated accuracy (posterior mean, prior 70 % worth 4 answers)' })
  value: number;

  @Field(() => Float, { description: '95 % credible interval, low end' })
  lower: number;

  @Field(() => Float)
  upper: number;

  @Field(() => Int, { description: 'Gold answers behind the estimate' })
  evidence: number;
}

@ObjectType('QualityFlag')
export class QualityFlagModel {
  @Field(() => String)
  kind: string;

  @Field(() => String, { description: 'In English, as written when the flag was raised' })
  detail: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'The values the detail names, for apps to say it in their language: FAST_ANSWER {seconds, minSeconds}, LOW_AGREEMENT {agreed, items, expected (0..1)}; null on flags raised before they were kept',
  })
  detailParams: Record<string, unknown> | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Ban')
export class BanModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null: banned from the whole platform' })
  projectId: string | null;

  @Field(() => String, { nullable: true, description: 'The project’s name; null for a platform-wide ban' })
  projectName: string | null;

  @Field(() => String, { description: 'In English for a ban by a rule; as the administrator typed it otherwise' })
  reason: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'A ban by the gold-accuracy rule: {accuracy, goldAnswers, threshold} (shares 0..1), for apps to say it in their language; null for an administrator’s ban or one made before they were kept',
  })
  reasonParams: Record<string, unknown> | null;

  @Field(() => Date)
  since: Date;
}

/** What a worker sees of the rules of one project and where they stand. */
@ObjectType('QualityStanding')
export class QualityStandingModel {
  @Field(() => String)
  projectName: string;

  @Field(() => QualityRulesModel)
  rules: QualityRulesModel;

  @Field(() => SkillModel, { nullable: true, description: 'Your gold accuracy on this project, once you met gold' })
  goldAccuracy: SkillModel | null;

  @Field(() => Int)
  answersToday: number;

  @Field(() => BanModel, { nullable: true })
  ban: BanModel | null;

  @Field(() => [QualityFlagModel], { description: 'Your latest flags on this project' })
  flags: QualityFlagModel[];
}

@ObjectType('WorkerWeek')
export class WorkerWeekModel {
  @Field(() => Date, { description: 'Monday of the week (UTC)' })
  week: Date;

  @Field(() => Int)
  answers: number;

  @Field(() => Float, { nullable: true, description: 'Mean gold score of the week; null without gold' })
  goldAccuracy: number | null;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  flags: number;
}

/** A project a worker answered in, for an admin to ban them from it or send its answers back by name. */
@ObjectType('WorkerProject')
export class WorkerProjectModel {
  @Field(() => ID)
  projectId: string;

  @Field(() => String)
  projectName: string;

  @Field(() => Int, { description: 'Answers the worker sent in this project' })
  answers: number;
}

/** What an admin sees of one worker. */
@ObjectType('WorkerQuality')
export class WorkerQualityModel {
  @Field(() => ID)
  workerId: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  email: string;

  @Field(() => [WorkerProjectModel], { description: 'Projects the worker answered in, latest answer first' })
  projects: WorkerProjectModel[];

  @Field(() => [SkillModel])
  skills: SkillModel[];

  @Field(() => [BanModel])
  bans: BanModel[];

  @Field(() => [QualityFlagModel])
  flags: QualityFlagModel[];

  @Field(() => Int)
  submitted: number;

  @Field(() => Float, { nullable: true, description: 'Median seconds per answer' })
  medianSeconds: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of answers agreeing with the consensus of completed items' })
  agreement: number | null;

  @Field(() => Int, { description: 'Answers to completed items with a consensus: those the agreement is measured on' })
  agreementAnswers: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int, { description: 'Rewards of accepted answers, in cents' })
  acceptedRewardCents: number;

  @Field(() => [WorkerWeekModel], { description: 'The last 12 weeks with activity, newest first' })
  history: WorkerWeekModel[];
}

@ObjectType('GoldContest')
export class GoldContestModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assignmentId: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => String)
  projectName: string;

  @Field(() => JSONScalar, { description: 'The project’s task config, to name answers by the project’s label texts' })
  projectConfig: unknown;

  @Field(() => JSONScalar, { description: 'The gold item' })
  item: unknown;

  @Field(() => JSONScalar, { description: 'Its gold answer (now revealed to the worker who answered it)' })
  goldAnswer: unknown;

  @Field(() => JSONScalar, { description: 'What the worker answered' })
  given: unknown;

  @Field(() => String)
  message: string;

  @Field(() => String, { description: 'OPEN, KEPT or CORRECTED' })
  status: string;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;

  @Field(() => Date)
  createdAt: Date;
}
