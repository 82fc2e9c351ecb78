import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error';

/**
 * Domain errors are answers, not crashes: hand them to GraphQL (formatted in graphql-errors.ts)
 * without Nest logging each one as an unhandled exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
