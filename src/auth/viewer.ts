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
}
