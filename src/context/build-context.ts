import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { TokenService } from '../auth/token';
import { isCurrent, type Viewer } from '../auth/viewer';
import type { App } from '../app';
import { DomainError } from '../common/errors';
import type { Context } from './context';
import { createLoaders } from './loaders';

/**
 * The viewer of a bearer token: null without one; an expired, bad, revoked or deactivated one is
 * refused. The account's facts come from a brief cache (auth/viewer-cache.ts), not a statement per request.
 */
export async function viewerOfToken(app: App, authorization: unknown): Promise<Viewer | null> {
  const token = TokenService.fromHeader(authorization);
  if (!token) return null;
  const claims = await app.tokens.verify(token);
  const facts = await app.viewers.facts(claims.userId);
  if (!isCurrent(facts, claims.epoch)) {
    throw new DomainError('UNAUTHENTICATED', 'The token was revoked or the account deactivated: sign in again');
  }
  return { ...facts, tokenExpiresAt: claims.expiresAt };
}

/** One context per operation, the same for HTTP and WebSocket. */
export function contextFor(app: App, viewer: Viewer | null, clientAddress: string | undefined): Context {
  return { requestId: randomUUID(), viewer, loaders: createLoaders(app, viewer), app, clientAddress: clientAddress ?? 'unknown' };
}

/** For HTTP: a refused token answers 401 with the stable code. */
export async function httpContext(app: App, authorization: unknown, clientAddress: string | undefined): Promise<Context> {
  try {
    return contextFor(app, await viewerOfToken(app, authorization), clientAddress);
  } catch (e) {
    if (e instanceof DomainError) {
      throw new GraphQLError(e.message, { extensions: { ...e.extensions, http: { status: 401 } } });
    }
    throw e;
  }
}
