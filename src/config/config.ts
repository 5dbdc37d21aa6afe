import { isIP } from 'node:net';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Names express (proxy-addr) gives to address ranges. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a subnet (address/prefix or IPv4 address/netmask) or a named range. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address = '', mask, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  if (mask === undefined) return true;
  if (/^\d{1,3}$/.test(mask)) return Number(mask) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(mask) === 4;
}

/**
 * Express's 'trust proxy': whom to believe when X-Forwarded-For names the client (the sign-in
 * limits count per client address). `false` (the default) believes no one; a number, that many
 * hops in front of IRM; a list, those proxies. `true` would let any client forge its address.
 */
const trustProxy = z.string().transform((raw, ctx): false | number | string[] => {
  const value = raw.trim();
  if (value === 'false') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim());
  const wrong = entries.filter((e) => !isProxyAddress(e));
  if (wrong.length > 0) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `must be false, a number of hops, or proxy addresses separated by commas (addresses, subnets, loopback, linklocal, uniquelocal); not ${wrong.map((e) => JSON.stringify(e)).join(', ')}`,
    });
    return z.NEVER;
  }
  return entries;
});

const schema = z.object({
  /** Unset behaves as production (no stack traces) but accepts a generated signing key. */
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  TRUST_PROXY: trustProxy.default('false'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** How long a start waits for DATABASE_URL to accept connections (services start in any order). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_DB_DIR: z.string().default('./data/pglite'),
  DEMO_DATA: bool.default('true'),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'must look like 12h, 30m or 7d')
    .default('12h'),
  /** Sign-in limits (login-limits.ts): wrong passwords per account from one address, per address, per account, in one window. */
  LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: z.coerce.number().int().min(1).default(5),
  LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(100),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Short, so that attempts from elsewhere cannot keep an account closed for long. */
  LOGIN_ACCOUNT_BLOCK_SECONDS: z.coerce.number().int().min(1).default(60),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  DEADLINE_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  CHANGE_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
  /** Safety net: how often an instance reads the change log even when nobody told it of a change. */
  CHANGE_LOG_POLL_MS: z.coerce.number().int().min(50).default(2_000),
  /** Subscriptions: events a connection may have waiting before it is closed as a slow consumer (4413). */
  LIVE_MAX_QUEUED_EVENTS: z.coerce.number().int().min(1).default(5_000),
  /** Subscriptions: bytes the socket may have unsent before the connection is closed as a slow consumer. */
  LIVE_MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(4 * 1024 * 1024),
  LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(20),
  /** WebSocket ping interval; an unanswered ping ends the connection. */
  LIVE_KEEPALIVE_MS: z.coerce.number().int().min(0).default(12_000),
  /** How often idle connections re-check their token and account. */
  LIVE_RECHECK_MS: z.coerce.number().int().min(100).default(30_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SQL_STATEMENT_COUNT: bool.default('false'),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Longest an operation may run (also each SQL statement's statement_timeout) before it ends with TIMEOUT. */
  OPERATION_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
});

export type Config = z.infer<typeof schema>;

/** Secrets that were published (the old development key, the tests' key): anyone can sign with them. */
const PUBLISHED_SECRETS = new Set(['irm-development-only-secret-do-not-use-in-production', 'irm-test-secret-0123456789abcdef0123456789']);

/** Why a production signing key is unsafe, or null. */
function weakSecret(secret: string): string | null {
  if (PUBLISHED_SECRETS.has(secret)) return 'is a published value: generate one, e.g. `openssl rand -base64 48`';
  if (secret.length < 32) return 'must be at least 32 characters';
  if (new Set(secret).size < 12) return 'has too little variety: generate one, e.g. `openssl rand -base64 48`';
  return null;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value stops the start with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (config.NODE_ENV === 'production') {
    const weakness = config.JWT_SECRET ? weakSecret(config.JWT_SECRET) : 'is required when NODE_ENV=production';
    if (weakness) throw new ConfigError(`Invalid configuration:\n  JWT_SECRET ${weakness}`);
  }
  return config;
}
