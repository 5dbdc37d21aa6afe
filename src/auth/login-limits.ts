import { HeaderMap } from '@apollo/server';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { tooManyRequests } from '../common/errors';
import type { Config } from '../config/config';

type LimitConfig = Pick<
  Config,
  | 'LOGIN_FAILURES_PER_ACCOUNT_ADDRESS'
  | 'LOGIN_FAILURES_PER_ADDRESS'
  | 'LOGIN_FAILURES_PER_ACCOUNT'
  | 'LOGIN_FAILURE_WINDOW_SECONDS'
  | 'LOGIN_ACCOUNT_BLOCK_SECONDS'
  | 'REDIS_URL'
>;

interface Limit {
  name: string;
  points: number;
  blockSeconds: number;
}

/**
 * Sign-in attempts, counted before the password is checked (so parallel guesses count too) and
 * given back on success. Strict per account and address (the guesser's own pair), per address
 * across accounts, and only a generous ceiling with a short block per account, so that guesses
 * from elsewhere cannot keep the owner out for long. With REDIS_URL the counters are shared
 * between instances; if Redis fails, each instance counts in memory meanwhile.
 */
export class LoginLimits {
  private readonly redis: Redis | null;
  private readonly pair: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;

  constructor(config: LimitConfig) {
    const window = config.LOGIN_FAILURE_WINDOW_SECONDS;
    this.redis = config.REDIS_URL
      ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectionName: `irm-login-${process.pid}` })
      : null;
    this.redis?.on('error', () => undefined); // the insurance limiter answers meanwhile
    const build = ({ name, points, blockSeconds }: Limit): RateLimiterAbstract => {
      const options = { keyPrefix: `irm:login:${name}`, points, duration: window, blockDuration: blockSeconds };
      if (!this.redis) return new RateLimiterMemory(options);
      return new RateLimiterRedis({
        ...options,
        storeClient: this.redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.pair = build({ name: 'pair', points: config.LOGIN_FAILURES_PER_ACCOUNT_ADDRESS, blockSeconds: window });
    this.address = build({ name: 'address', points: config.LOGIN_FAILURES_PER_ADDRESS, blockSeconds: window });
    this.account = build({ name: 'account', points: config.LOGIN_FAILURES_PER_ACCOUNT, blockSeconds: config.LOGIN_ACCOUNT_BLOCK_SECONDS });
  }

  /**
   * Counts an attempt or refuses it with TOO_MANY_REQUESTS. In order, so that attempts refused
   * for the address or the pair do not count against the account.
   */
  async attempt(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    await consume(this.address, keys.address);
    await consume(this.pair, keys.pair);
    await consume(this.account, keys.account);
  }

  /** A successful sign-in clears its pair and gives back the attempt. */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    await Promise.all([this.pair.delete(keys.pair), this.address.reward(keys.address), this.account.reward(keys.account)]);
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

function keysOf(email: string, address: string) {
  const account = email.trim().toLowerCase().slice(0, 320);
  return { account, address, pair: `${account}|${address}` };
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    const refused = tooManyRequests(`Too many sign-in attempts: try again in ${seconds} s`, seconds);
    // Over HTTP a refusal is 429 with Retry-After, so that clients and proxies back off without reading the body (Apollo takes `http` off the error).
    refused.extensions.http = { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) };
    throw refused;
  }
}
