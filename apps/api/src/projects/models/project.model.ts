import type { TaskKind } from '@fourmi/task-kinds';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { QualityRulesModel } from '../../quality/dto/quality-rules.input';
import { JSONScalar } from '../../common/json.scalar';
import { TaskKindEnum } from './task-kind.enum';

/** A project as its owner (the requester) sees it. */
@ObjectType('Project')
export class ProjectModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'Markdown' })
  instructions: string;

  @Field(() => TaskKindEnum)
  kind: TaskKind;

  @Field(() => JSONScalar)
  config: unknown;

  @Field(() => Int)
  rewardCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => Int)
  overlap: number;

  @Field(() => Int)
  leaseSeconds: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Float)
  goldRatio: number;

  @Field(() => [String])
  languages: string[];

  @Field(() => QualityRulesModel)
  qualityRules: QualityRulesModel;

  @Field(() => Int, { nullable: true, description: 'Unreviewed answers are accepted after this many hours; null: by hand' })
  autoAcceptHours: number | null;

  @Field(() => String, { description: 'TOP_UP or WARN: what happens when measured pay falls below the platform minimum' })
  fairPayPolicy: string;
}
