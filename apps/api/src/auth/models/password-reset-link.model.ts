import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PasswordResetLink', { description: 'A one-hour link for a person to choose a new password, once' })
export class PasswordResetLinkModel {
  @Field(() => String, { description: 'For the app’s reset page: `/reset-password?ticket=…` of the worker app, or `/console/reset-password?ticket=…`' })
  ticket: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => String, { description: 'WORKER (the worker app) or CONSOLE (requesters and admins)' })
  app: 'WORKER' | 'CONSOLE';
}
