import type { OfficeKind, OfficeLevel } from '../offices/office.entity';
import type { UserRole } from '../users/user.entity';

/** The signed-in person a request acts for, with the office facts that decide what it may see and do. */
export interface Viewer {
  userId: string;
  email: string;
  role: UserRole;
  office: {
    id: string;
    code: string;
    kind: OfficeKind;
    level: OfficeLevel;
    regionCode: string | null;
    countryCode: string | null;
  };
  tokenExpiresAt: Date;
  /** The account's token epoch the token was issued under (see isCurrent). */
  tokenEpoch: number;
}

/** What the database says about a token's account now: the viewer, with the account's current token epoch. */
export type ViewerFacts = Omit<Viewer, 'tokenExpiresAt'>;

/**
 * The one revocation check, for HTTP and live connections alike: the account is active (facts
 * exist) and nothing revoked its tokens since this one was issued (deactivation, a password,
 * role or office change bump the epoch, which never goes back).
 */
export function isCurrent(facts: ViewerFacts | null, tokenEpoch: number): facts is ViewerFacts {
  return facts !== null && facts.tokenEpoch === tokenEpoch;
}
