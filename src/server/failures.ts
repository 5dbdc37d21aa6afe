import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';

/** Codes of failures the client may retry: the database is out of reach, or the operation ran out of time. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const TIMEOUT = 'TIMEOUT';

/** Socket errors, PostgreSQL's connection classes (08, 57P0x) and "not accepting connections" (55000 at connect). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const UNAVAILABLE_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|not currently accepting connections|connection is closed|cannot use a pool after calling end/i;

/** The error and what it wraps (resolver errors, TypeORM's driverError, causes). */
function* chain(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current: unknown = unwrapResolverError(error);
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current;
    const e = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = e.driverError ?? e.originalError ?? e.cause;
  }
}

const codeOf = (e: unknown) => (e as { code?: unknown }).code;

/** What a failure means to a client: the database unreachable, a time limit, or neither. */
export function failureCode(error: unknown): typeof SERVICE_UNAVAILABLE | typeof TIMEOUT | null {
  for (const e of chain(error)) {
    const code = codeOf(e);
    if (code === '57014') return TIMEOUT; // query_canceled: statement_timeout
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return SERVICE_UNAVAILABLE;
    if (e instanceof Error && UNAVAILABLE_MESSAGES.test(e.message)) return SERVICE_UNAVAILABLE;
    if (e instanceof GraphQLError && (e.extensions.code === SERVICE_UNAVAILABLE || e.extensions.code === TIMEOUT)) return e.extensions.code;
  }
  return null;
}

export const unavailable = () =>
  new GraphQLError('The database is unreachable: try again shortly', { extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } } });

/** An operation that hit a retryable failure answers HTTP 503 as a whole, not 200 or 500. */
export function failureStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (errors?.some((e) => failureCode(e))) response.http.status = 503;
        },
      };
    },
  };
}
