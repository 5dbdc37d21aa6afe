import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';
import { unauthenticated } from '../common/errors';

const ISSUER = 'irm';

/** Verified tokens kept (one per signed-in client); beyond, the oldest is verified again when next used. */
const MAX_VERIFIED = 10_000;

export interface TokenClaims {
  userId: string;
  expiresAt: Date;
  /** The account's token epoch when the token was issued; a later epoch revokes it. */
  epoch: number;
}

/**
 * Without JWT_SECRET (never in production, config.ts): a key of this process alone, never
 * written anywhere, so nobody can forge a token; tokens end with the process.
 */
export const generatedSigningKey = (): string => randomBytes(48).toString('base64');

/** Signs and verifies the bearer tokens that `login` hands out (HS256). */
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature and claims were verified, by their exact text (issue 12: an HMAC check
   * per request for the same few tokens). Only the expiry can change a verdict, and it is checked
   * on every use; a revoked token is refused later, by its epoch (context/build-context.ts).
   */
  private readonly verified = new Map<string, TokenClaims>();

  constructor(
    secret: string,
    private readonly ttl: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(userId: string, epoch: number): Promise<string> {
    return new SignJWT({ epoch })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(this.ttl)
      .sign(this.key);
  }

  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known) {
      // As jose judges it (exp <= now, in whole seconds): the signature was checked when the token was first seen.
      if (known.expiresAt.getTime() <= Date.now()) {
        this.verified.delete(token);
        throw unauthenticated('The token has expired: sign in again');
      }
      return known;
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (!payload.sub || !payload.exp || !Number.isInteger(payload.epoch)) throw unauthenticated('The token is not valid');
      const claims = { userId: payload.sub, expiresAt: new Date(payload.exp * 1000), epoch: payload.epoch as number };
      if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, claims);
      return claims;
    } catch (e) {
      if (e instanceof errors.JWTExpired) throw unauthenticated('The token has expired: sign in again');
      if (e instanceof errors.JOSEError) throw unauthenticated('The token is not valid');
      throw e;
    }
  }

  /** The token from an `Authorization: Bearer …` value, or null when none was sent. */
  static fromHeader(header: unknown): string | null {
    if (typeof header !== 'string' || header.trim() === '') return null;
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!m) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    return m[1];
  }
}
