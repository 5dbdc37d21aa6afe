import { forbidden } from '../common/errors';
import { OfficeKind, OfficeLevel } from '../offices/office.entity';
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
  /** Paragraph 6: recording meetings, visits and other contacts with an investor the office reads, and completing their follow-ups. */
  RecordInteractions = 'RecordInteractions',
  /** Submitting, answering and forwarding investor information requests (paragraphs 12.7, 15-1.6). */
  WorkInvestorRequests = 'WorkInvestorRequests',
  /** Paragraphs 12.4, 15-1.4: a regional front office or the National Company lists its projects for the unified pool. */
  SubmitPoolContribution = 'SubmitPoolContribution',
  /** Paragraph 2.8-1: the authorized body forms the unified pool. */
  FormUnifiedPool = 'FormUnifiedPool',
  /** The formed pool: the authorized body, the National Company and the Task Force. */
  ReadUnifiedPool = 'ReadUnifiedPool',
  /** Paragraphs 18, 19: regional and external front offices report quarterly. */
  SubmitQuarterlyReport = 'SubmitQuarterlyReport',
  /** Paragraph 18: the National Company consolidates the regional reports. */
  ConsolidateQuarterlyReports = 'ConsolidateQuarterlyReports',
  /** State-service applications: a front office those it accepted, a provider those addressed to it (chapter 6). */
  ReadServiceApplications = 'ReadServiceApplications',
  /** Paragraphs 23-24: accept, forward, notify the investor of a return, re-send: the front offices. */
  HandleServiceApplications = 'HandleServiceApplications',
  /** Paragraph 24: return documents, record the result: the service providers. */
  ProvideStateServices = 'ProvideStateServices',
  /** Where a provider's time goes, step by step (Order 489): the authorized body, the National Company, the providers (their own). */
  ReadStepPerformance = 'ReadStepPerformance',
  /** Paragraph 6 (external 15, regional 9): raising and working investors' issues: OFFICERs and ADMINs of the front offices. */
  WorkInvestorIssues = 'WorkInvestorIssues',
  /** Paragraph 7.2: the Investment Headquarters' meetings and agendas: the authorized body, the National Company, the Task Force. */
  ReadHeadquarters = 'ReadHeadquarters',
  /** Paragraph 7.2: scheduling meetings, the agenda and decisions: the authorized body. */
  ManageHeadquarters = 'ManageHeadquarters',
  /** Reporting a Headquarters decision done: its responsible office (checked per decision) or the authorized body. */
  CompleteHeadquartersDecisions = 'CompleteHeadquartersDecisions',
  /** Paragraph 8.3: setting the front offices' KPI targets: the authorized body. */
  SetKpiTargets = 'SetKpiTargets',
  /** Paragraph 6 (external 9, 10; regional 6): propose, cancel and fill investment events: the front offices. */
  OrganizeInvestmentEvents = 'OrganizeInvestmentEvents',
  /** Paragraph 8.9: the authorized body coordinates the events of the National Company and the regional organizations. */
  DecideInvestmentEvents = 'DecideInvestmentEvents',
  /** Paragraph 6 (external 3, 12; central 4; regional 4): record agreements and monitor their commitments: the front offices. */
  RecordAgreements = 'RecordAgreements',
}

/** Paragraph 23: the front offices that accept state-service applications. */
const SERVICE_FRONT_OFFICES = new Set([
  OfficeKind.NATIONAL_COMPANY,
  OfficeKind.NATIONAL_COMPANY_REPRESENTATIVE,
  OfficeKind.REGIONAL_ORGANIZATION,
]);

const WRITES = [Permission.WriteInvestors, Permission.WriteProjects, Permission.WriteSites];

/** Role and office kind → permissions. A VIEWER never writes; ADMIN manages people (and offices at the authorized body). */
export function permissionsOf(viewer: Viewer): Set<Permission> {
  const granted = new Set<Permission>([Permission.SignedIn]);
  const kind = viewer.office.kind;
  if (kind !== OfficeKind.SERVICE_PROVIDER) granted.add(Permission.ReadRecords);
  if (POOL_READERS.has(kind)) granted.add(Permission.ReadUnifiedPool);
  if (POOL_READERS.has(kind)) granted.add(Permission.ReadHeadquarters);
  granted.add(Permission.ReadServiceApplications);
  if (STEP_PERFORMANCE_READERS.has(kind)) granted.add(Permission.ReadStepPerformance);
  if (viewer.role === UserRole.VIEWER) return granted;
  if (kind !== OfficeKind.SERVICE_PROVIDER) WRITES.forEach((p) => granted.add(p));
  if (kind !== OfficeKind.SERVICE_PROVIDER) granted.add(Permission.WorkInvestorRequests);
  if (kind !== OfficeKind.SERVICE_PROVIDER) granted.add(Permission.RecordInteractions);
  if (kind !== OfficeKind.SERVICE_PROVIDER) granted.add(Permission.WorkInvestorIssues);
  granted.add(Permission.CompleteHeadquartersDecisions);
  if (kind === OfficeKind.AUTHORIZED_BODY) {
    granted.add(Permission.ManageHeadquarters);
    granted.add(Permission.SetKpiTargets);
  }
  chapterFivePermissions(viewer).forEach((p) => granted.add(p));
  if (SERVICE_FRONT_OFFICES.has(kind)) granted.add(Permission.HandleServiceApplications);
  if (kind === OfficeKind.SERVICE_PROVIDER) granted.add(Permission.ProvideStateServices);
  engagementPermissions(viewer).forEach((p) => granted.add(p));
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

const STEP_PERFORMANCE_READERS = new Set([OfficeKind.AUTHORIZED_BODY, OfficeKind.NATIONAL_COMPANY, OfficeKind.SERVICE_PROVIDER]);

const POOL_READERS = new Set([OfficeKind.AUTHORIZED_BODY, OfficeKind.NATIONAL_COMPANY, OfficeKind.TASK_FORCE]);

/** What an OFFICER or ADMIN does for the unified pool and the quarterly reports (chapter 5), by office. */
function chapterFivePermissions({ office }: Viewer): Permission[] {
  if (office.kind === OfficeKind.SERVICE_PROVIDER) return [];
  if (office.kind === OfficeKind.AUTHORIZED_BODY) return [Permission.FormUnifiedPool];
  if (office.kind === OfficeKind.NATIONAL_COMPANY) return [Permission.SubmitPoolContribution, Permission.ConsolidateQuarterlyReports];
  if (office.level === OfficeLevel.REGIONAL) return [Permission.SubmitPoolContribution, Permission.SubmitQuarterlyReport];
  if (office.level === OfficeLevel.EXTERNAL) return [Permission.SubmitQuarterlyReport];
  return [];
}

/** Investment events and agreements (issue 9), for an OFFICER or ADMIN: every front office; deciding events, the authorized body. */
function engagementPermissions({ office }: Viewer): Permission[] {
  if (office.kind === OfficeKind.SERVICE_PROVIDER) return [];
  const granted = [Permission.OrganizeInvestmentEvents, Permission.RecordAgreements];
  if (office.kind === OfficeKind.AUTHORIZED_BODY) granted.push(Permission.DecideInvestmentEvents);
  return granted;
}

/** The one refusal for a missing permission (GraphQL fields, subscriptions, downloads): FORBIDDEN. */
export function assertPermitted(viewer: Viewer, ...required: Permission[]): void {
  const granted = permissionsOf(viewer);
  if (!required.every((p) => granted.has(p))) throw forbidden(`Your role may not do this (needs ${required.join(', ')})`);
}
