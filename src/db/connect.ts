import { Client } from 'pg';
import { log } from '../observability/logger';
import { StartupError } from '../startup-error';

/** PostgreSQL error codes that retrying cannot fix: the configuration is wrong. */
const PERMANENT: Record<string, string> = {
  '3D000': 'database does not exist',
  '28P01': 'authentication failed',
  '28000': 'authentication failed',
};

const TRANSIENT: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'connection timed out',
  ECONNRESET: 'connection reset',
  '57P03': 'the database system is starting up',
};

/** The URL as it may be printed: without its password. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function reasonOf(e: unknown): { reason: string; permanent: boolean } {
  const code = (e as { code?: unknown }).code;
  const key = typeof code === 'string' ? code : '';
  if (PERMANENT[key]) return { reason: PERMANENT[key], permanent: true };
  // An AggregateError (every address of a host refused) carries the code on itself or its errors.
  const inner = (e as { errors?: { code?: string }[] }).errors?.[0]?.code ?? '';
  const transient = TRANSIENT[key] ?? TRANSIENT[inner];
  return { reason: transient ?? (e instanceof Error ? e.message.split('\n')[0] : String(e)), permanent: false };
}

/**
 * Waits until PostgreSQL at `url` accepts a connection, retrying with backoff for up to
 * `timeoutMs` (the database may start after IRM). A configuration error fails at once.
 */
export async function waitForDatabase(
  url: string,
  timeoutMs: number,
  warn: (line: string) => void = (line) => log.warn(line),
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: Math.max(1_000, Math.min(10_000, timeoutMs)) });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (e) {
      await client.end().catch(() => undefined);
      const { reason, permanent } = reasonOf(e);
      const left = deadline - Date.now();
      if (permanent || left <= 0) {
        const after = permanent ? '' : ` (gave up after ${Math.round(timeoutMs / 1000)} s; DATABASE_CONNECT_TIMEOUT_MS)`;
        throw new StartupError(`Cannot use the database DATABASE_URL=${redactUrl(url)}: ${reason}${after}`);
      }
      warn(`Database DATABASE_URL=${redactUrl(url)} not reachable (${reason}); retrying in ${Math.min(delay, left)} ms`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
    }
  }
}
