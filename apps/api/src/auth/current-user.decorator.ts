import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '../users/user.entity';

/** Who is calling, as proved by the access token. */
export interface AuthUser {
  id: string;
  roles: Role[];
}

export function requestOf(context: ExecutionContext): { user?: AuthUser; headers: Record<string, string | undefined> } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new Error('CurrentUser used on an operation without authentication');
  return user;
});
