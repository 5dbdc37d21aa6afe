import type { Viewer } from '../auth/viewer';
import type { App } from '../app';
import type { SqlTally } from '../db/sql-counter';
import type { Loaders } from './loaders';

/** One context, built the same way for HTTP and WebSocket operations. */
export interface Context {
  requestId: string;
  viewer: Viewer | null;
  loaders: Loaders;
  app: App;
  /** The client's address (express's req.ip, or the socket's): sign-in limits count by it. */
  clientAddress: string;
  /** Statements sent for this request, when SQL_STATEMENT_COUNT is on. */
  sqlTally?: SqlTally;
}

/** The viewer of an operation that @Authorized already let through. */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new Error('viewerOf called on an unauthenticated context');
  return ctx.viewer;
}
