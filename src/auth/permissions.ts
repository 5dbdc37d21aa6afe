import { OfficeKind } from '../offices/office.entity';
import { UserRole } from '../users/user.entity';
import type { Viewer } from './viewer';

/**
 * The one vocabulary for what a role in an office may do. Every root field declares one of
 * these with @Authorized(...); row scope (which records) is applied by the services.
 */
export enum Permission {
  /** Reference data, own profile: anyone signed in. */
  SignedIn = 'SignedIn',
  /** Investors, projects, industrial sites, within the office's record scope. */
  ReadRecords = 'ReadRecords',
  WriteInvestors = 'WriteInvestors',
  WriteProjects = 'WriteProjects',
  WriteSites = 'WriteSites',
  ManageOffices = 'ManageOffices',
  ManageUsers = 'ManageUsers',
  ManageReferenceData = 'ManageReferenceData',
  /** Adding a year's Kurban Ait and day transfers to the working-day calendar. */
  ManageCalendar = 'ManageCalendar',
  /** Submitting, answering and forwarding investor information requests (paragraphs 12.7, 15-1.6). */
  WorkInvestorRequests = 'WorkInvestorRequests',
}

const WRITES = [Permission.WriteInvestors, Permission.WriteProjects, Permission.WriteSites];

/** Role and office kind → permissions. A VIEWER never writes; ADMIN manages people (and offices at the authorized body). */
export function permissionsOf(viewer: Viewer): Set<Permission> {
  const granted = new Set<Permission>([Permission.SignedIn]);
  const kind = viewer.office.kind;
  if (kind !== OfficeKind.SERVICE_PROVIDER) granted.add(Permission.ReadRecords);
  if (viewer.role === UserRole.VIEWER) return granted;
  if (kind !== OfficeKind.SERVICE_PROVIDER) WRITES.forEach((p) => granted.add(p));
  if (kind !== OfficeKind.SERVICE_PROVIDER) granted.add(Permission.WorkInvestorRequests);
  if (viewer.role === UserRole.ADMIN) {
    granted.add(Permission.ManageUsers);
    if (kind === OfficeKind.AUTHORIZED_BODY) {
      granted.add(Permission.ManageOffices);
      granted.add(Permission.ManageReferenceData);
      granted.add(Permission.ManageCalendar);
    }
  }
  return granted;
}

export function can(viewer: Viewer, permission: Permission): boolean {
  return permissionsOf(viewer).has(permission);
}
