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
  /** State-service applications: a front office those it accepted, a provider those addressed to it (chapter 6). */
  ReadServiceApplications = 'ReadServiceApplications',
  /** Paragraphs 23-24: accept, forward, notify the investor of a return, re-send: the front offices. */
  HandleServiceApplications = 'HandleServiceApplications',
  /** Paragraph 24: return documents, record the result: the service providers. */
  ProvideStateServices = 'ProvideStateServices',
}

/** Paragraph 23: the front offices that accept state-service applications. */
const SERVICE_FRONT_OFFICES = new Set([OfficeKind.NATIONAL_COMPANY, OfficeKind.NATIONAL_COMPANY_REPRESENTATIVE, OfficeKind.REGIONAL_ORGANIZATION]);

const WRITES = [Permission.WriteInvestors, Permission.WriteProjects, Permission.WriteSites];

/** Role and office kind → permissions. A VIEWER never writes; ADMIN manages people (and offices at the authorized body). */
export function permissionsOf(viewer: Viewer): Set<Permission> {
  const granted = new Set<Permission>([Permission.SignedIn]);
  const kind = viewer.office.kind;
  if (kind !== OfficeKind.SERVICE_PROVIDER) granted.add(Permission.ReadRecords);
  granted.add(Permission.ReadServiceApplications);
  if (viewer.role === UserRole.VIEWER) return granted;
  if (kind !== OfficeKind.SERVICE_PROVIDER) WRITES.forEach((p) => granted.add(p));
  if (SERVICE_FRONT_OFFICES.has(kind)) granted.add(Permission.HandleServiceApplications);
  if (kind === OfficeKind.SERVICE_PROVIDER) granted.add(Permission.ProvideStateServices);
  if (viewer.role === UserRole.ADMIN) {
    granted.add(Permission.ManageUsers);
    if (kind === OfficeKind.AUTHORIZED_BODY) {
      granted.add(Permission.ManageOffices);
      granted.add(Permission.ManageReferenceData);
    }
  }
  return granted;
}

export function can(viewer: Viewer, permission: Permission): boolean {
  return permissionsOf(viewer).has(permission);
}
