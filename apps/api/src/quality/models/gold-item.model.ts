import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/json.scalar';

/** A gold item as its requester sees it: the item, its right answer, and how workers do on it. */
@ObjectType('GoldItem')
export class GoldItemModel {
  @Field(() => ID, { description: 'The task' })
  id: string;

  @Field(() => JSONScalar)
  input: unknown;

  @Field(() => JSONScalar)
  goldAnswer: unknown;

  @Field(() => String, { nullable: true, description: 'Shown to a worker who answered it wrongly' })
  explanation: string | null;

  @Field(() => Int, { description: 'Answers scored against it' })
  answers: number;

  @Field(() => Float, { nullable: true, description: 'Their mean gold score, 0 to 1 (1: all right); null before any answer' })
  rightShare: number | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('GoldItemPage')
export class GoldItemPageModel {
  @Field(() => Int)
  total: number;

  @Field(() => [GoldItemModel], { description: 'Oldest first, as they were added' })
  items: GoldItemModel[];
}
