import { ConfigError } from './config/config';

/** A start that cannot go on for a reason the operator can fix: printed as its one-line message. */
export class StartupError extends Error {}

/** What to print when a start fails: one line for what an operator can fix, the whole error otherwise. */
export function startFailureMessage(e: unknown): unknown {
  if (e instanceof ConfigError || e instanceof StartupError) return e.message;
  const { code, address, port } = e as NodeJS.ErrnoException & { address?: string; port?: number };
  if (code === 'EADDRINUSE') return `Port ${port} on ${address} is already in use (EADDRINUSE): stop the process using it or set PORT`;
  if (code === 'EACCES' && port !== undefined)
    return `Port ${port} on ${address} may not be opened by this user (EACCES): set PORT above 1023`;
  return e;
}
