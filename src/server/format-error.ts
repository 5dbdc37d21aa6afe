import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { DomainError } from '../common/errors';
import { requestLog } from '../observability/request-scope';
import { failureCode, SERVICE_UNAVAILABLE } from './failures';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const RETRY_MESSAGES = {
  SERVICE_UNAVAILABLE: 'The database is unreachable: try again shortly',
  TIMEOUT: 'The operation took too long and was stopped: ask for less, or try again',
};

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((c) => `${prefix}${c}`),
    ...describe(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/**
 * One place maps errors to what clients see: domain and validation errors keep their stable
 * code; an unreachable database or a time limit is retryable (SERVICE_UNAVAILABLE, TIMEOUT);
 * anything unexpected is logged with the request id and masked.
 *
 * The log line goes to `logger`: by default the request's own pino logger (its lines carry the
 * `requestId` sent back in x-request-id; over HTTP Apollo calls this inside the request's
 * scope), and for an operation over WebSocket, where there is no HTTP request, a logger bound to
 * the operation's `requestId` (see live-server.ts).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger = requestLog()): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const problems = describe(original.extensions.validationErrors as ValidationError[]);
    return { ...formatted, message: `Invalid input: ${problems.join('; ')}`, extensions: { code: 'BAD_USER_INPUT', problems } };
  }
  if (original instanceof DomainError) {
    // `http` (a status such as 429 for Apollo) is for the response, not the body; graphql-ws sends what is left.
    const { http: _http, ...extensions } = original.extensions;
    return { ...formatted, extensions };
  }
  const retry = failureCode(error);
  if (retry) {
    if (retry === SERVICE_UNAVAILABLE)
      logger.warn({ path: formatted.path, reason: (original as Error)?.message, code: retry }, 'database unreachable');
    return { message: RETRY_MESSAGES[retry], path: formatted.path, locations: formatted.locations, extensions: { code: retry } };
  }
  const code = formatted.extensions?.code;
  // `http` only sets Apollo's status; `stacktrace` never leaves the server.
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { http: _http, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: original, path: formatted.path, code: 'INTERNAL_SERVER_ERROR' }, 'internal error (masked for the client)');
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
