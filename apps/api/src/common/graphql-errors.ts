import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';

const logger = new Logger('GraphQL');

/**
 * Maps every error leaving a GraphQL operation: domain errors keep their code and fields; GraphQL's own
 * validation errors pass through; anything else is logged and reported without internals.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, fields: original.fields, ...(original.reason && { reason: original.reason }) },
    };
  }
  const code = formatted.extensions?.['code'];
  if (code && code !== 'INTERNAL_SERVER_ERROR') return { message: formatted.message, path: formatted.path, extensions: { code } };
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
