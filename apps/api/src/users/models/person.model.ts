import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '../user.entity';

/** One account as the admins' directory shows it. */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => Date, { description: 'When the account was made' })
  joinedAt: Date;

  @Field(() => Boolean, { description: 'Banned from work now: from every project or from one (a worker)' })
  banned: boolean;

  @Field(() => Date, { nullable: true, description: 'Since when the account is suspended (it cannot sign in); null when it is not' })
  suspendedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the account is suspended, as the person is told; null when it is not' })
  suspensionReason: string | null;

  @Field(() => Int, { nullable: true, description: 'The worker’s level (WorkerLevel), for workers; null for others' })
  level: number | null;

  @Field(() => Int, { nullable: true, description: 'Answers sent, for workers; null for others' })
  answersSent: number | null;

  @Field(() => Int, { nullable: true, description: 'Balance in cents (in `currency`), for requesters; null for others' })
  balanceCents: number | null;

  @Field(() => String)
  currency: string;
}

@ObjectType('PeoplePage')
export class PeoplePageModel {
  @Field(() => Int, { description: 'Everyone matching, on every page' })
  total: number;

  @Field(() => [PersonModel], { description: 'Newest accounts first' })
  items: PersonModel[];
}
