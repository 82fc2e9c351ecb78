import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { DomainError, type ErrorCode, type ErrorReason } from './domain-error';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

/** A domain error as REST routes answer it (here, and in the upload's streamed progress), with its reason as GraphQL gives it. */
export function restErrorBody(error: DomainError): { error: { code: ErrorCode; message: string; fields: DomainError['fields']; reason?: ErrorReason } } {
  return { error: { code: error.code, message: error.message, fields: error.fields, ...(error.reason && { reason: error.reason }) } };
}

/**
 * Domain errors are answers, not crashes. In GraphQL they go on to be formatted (graphql-errors.ts);
 * on REST routes (uploads, exports, webhooks) they become a JSON body with a fitting HTTP status.
 * Either way Nest does not log them as unhandled exceptions.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() !== 'http') return error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.code(HTTP_STATUS[error.code] ?? 409).send(restErrorBody(error));
  }
}
