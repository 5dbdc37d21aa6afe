import { GraphQLError } from 'graphql';

/** The stable codes a client can rely on in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `${what} ${id} was not found`, { id });
export const forbidden = (message = 'Your office may not do this') => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in first: send Authorization: Bearer <token>') =>
  new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string, details?: Record<string, unknown>) => new DomainError('CONFLICT', message, details);

export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new DomainError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
