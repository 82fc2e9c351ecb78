import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';
import { BatchStatus } from '../../batches/batch.entity';

@ObjectType('BatchProgress')
export class BatchProgressModel {
  @Field(() => ID)
  batchId: string;

  @Field(() => Int)
  itemCount: number;

  @Field(() => Int)
  completedCount: number;

  @Field(() => BatchStatus)
  status: BatchStatus;
}

@ObjectType('ProjectEvent')
export class ProjectEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'e.g. assignment.submitted, task.completed, batch.completed' })
  type: string;

  @Field(() => Date)
  at: Date;

  @Field(() => JSONScalar, { description: 'The event as webhooks receive it' })
  payload: unknown;
}

@ObjectType('Webhook')
export class WebhookModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => [String])
  events: string[];

  @Field(() => String, { description: 'Signs each delivery (Fourmi-Signature: t=..,v1=HMAC-SHA256 of "t.body")' })
  secret: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  webhookId: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => String)
  eventType: string;

  @Field(() => String, { description: 'PENDING, DELIVERED or FAILED' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;
}
