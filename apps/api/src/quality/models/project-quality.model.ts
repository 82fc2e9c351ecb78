import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BatchAggregation')
export class BatchAggregationModel {
  @Field(() => ID)
  batchId: string;

  @Field(() => Int)
  items: number;

  @Field(() => Int)
  answers: number;

  @Field(() => Int, { description: 'Dawid-Skene EM iterations run' })
  iterations: number;

  @Field(() => Float, { nullable: true, description: "Krippendorff's alpha (nominal) of the batch's answers" })
  alpha: number | null;
}

@ObjectType('ConfidenceBucket')
export class ConfidenceBucketModel {
  @Field(() => Float, { description: 'Lower bound of the bucket (0, 0.5, 0.7, 0.9, 0.99)' })
  from: number;

  @Field(() => Int)
  items: number;
}

/**
 * A project's quality at a glance, for its requester and for admins. Decisions and cost are totals;
 * agreement, confidence and savings are measured on the latest completed items (`measuredItems`).
 */
@ObjectType('ProjectQuality')
export class ProjectQualityModel {
  @Field(() => Float, { nullable: true, description: "Krippendorff's alpha (nominal) over the answers to the measured items" })
  alpha: number | null;

  @Field(() => [ConfidenceBucketModel], { description: 'How sure the answers of the measured items are' })
  confidence: ConfidenceBucketModel[];

  @Field(() => Int, { description: 'Completed items the agreement, confidence and savings are measured on: the latest 2,000 at most' })
  measuredItems: number;

  @Field(() => Int)
  acceptedAnswers: number;

  @Field(() => Int)
  rejectedAnswers: number;

  @Field(() => Int, { description: 'Answers dynamic overlap did not need to buy on the measured items (below the maximum overlap)' })
  answersSaved: number;

  @Field(() => Int, { nullable: true, description: 'What an accepted answer cost, reward and fee, in cents' })
  costPerAcceptedCents: number | null;
}
