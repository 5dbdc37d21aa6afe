import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { ChangeInput } from '../db/transactions';
import { OfficeKind, OfficeLevel, type Office } from '../offices/office.entity';
import { SupportTier } from '../projects/project-assessment';
import type { Project } from '../projects/project.entity';
import type { DecisionScope } from './headquarters.repository';

/**
 * Who reads and who hears of the monitoring records, said once here. The change events'
 * audiences are computed by one function per record type (interim fields of `uow.record`,
 * to be converted to the audience policies in one place).
 */
export type Audience = Pick<ChangeInput, 'regionCode' | 'officeIds' | 'countryCode'>;

/** Paragraph 7.2: the Investment Headquarters' work is followed by these three. */
const HEADQUARTERS_OFFICES = [OfficeKind.AUTHORIZED_BODY, OfficeKind.NATIONAL_COMPANY, OfficeKind.TASK_FORCE];

/**
 * An investor's issue: exactly those who may read the investor (auth/scope.ts): its owner, the
 * offices of its host country, the regional offices of the regions of the projects it initiates
 * (and the authorized body, National Company and Task Force, who read everything).
 */
export async function issueAudience(manager: EntityManager, investorId: string): Promise<Audience> {
  const [row]: { owner_office_id: string; country_code: string; regional: string[] }[] = await manager.query(
    `SELECT i.owner_office_id, i.country_code,
            ARRAY(SELECT o.id FROM office o
                   WHERE o.level = $2 AND o.region_code IN (SELECT p.region_code FROM project p WHERE p.initiator_id = i.id)) AS regional
       FROM investor i WHERE i.id = $1`,
    [investorId, OfficeLevel.REGIONAL],
  );
  if (!row) throw new Error(`Investor ${investorId} of an issue is missing`);
  return { officeIds: [row.owner_office_id, ...row.regional], countryCode: row.country_code, regionCode: null };
}

/** A progress report: those who may read the project: its region's offices, and every central and external office. */
export async function progressAudience(manager: EntityManager, project: Pick<Project, 'regionCode'>): Promise<Audience> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM office WHERE level <> $1 AND kind <> $2`, [
    OfficeLevel.REGIONAL,
    OfficeKind.SERVICE_PROVIDER,
  ]);
  return { regionCode: project.regionCode, officeIds: rows.map((r) => r.id), countryCode: null };
}

/** A project whose stage a progress report moved: as every project change (src/projects). */
export function projectAudience(project: Pick<Project, 'regionCode'>): Audience {
  return { regionCode: project.regionCode };
}

/** Meetings, agenda items and decisions: the authorized body, the National Company, the Task Force and the responsible office. */
export async function headquartersAudience(manager: EntityManager, responsibleOfficeId?: string): Promise<Audience> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM office WHERE kind = ANY($1::office_kind[])`, [HEADQUARTERS_OFFICES]);
  return { officeIds: [...rows.map((r) => r.id), responsibleOfficeId] };
}

/** A KPI target: the office, the authorized body, and the National Company for regional and central offices. */
export async function kpiTargetAudience(manager: EntityManager, office: Office): Promise<Audience> {
  const kinds = NATIONAL_COMPANY_ASSESSES.has(office.level)
    ? [OfficeKind.AUTHORIZED_BODY, OfficeKind.NATIONAL_COMPANY]
    : [OfficeKind.AUTHORIZED_BODY];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM office WHERE kind = ANY($1::office_kind[])`, [kinds]);
  return { officeIds: [office.id, ...rows.map((r) => r.id)] };
}

/** Meetings and their agendas: the authorized body, the National Company and the Task Force. */
function mayReadHeadquarters(viewer: Viewer): boolean {
  return HEADQUARTERS_OFFICES.includes(viewer.office.kind);
}

/** Decisions: the Headquarters' offices read all; any other office those it must carry out. */
export function decisionScopeOf(viewer: Viewer): DecisionScope {
  return mayReadHeadquarters(viewer) ? { kind: 'ALL' } : { kind: 'RESPONSIBLE', officeId: viewer.office.id };
}

/** Paragraph 18: the National Company oversees the regional (and central) front offices. */
const NATIONAL_COMPANY_ASSESSES = new Set([OfficeLevel.REGIONAL, OfficeLevel.CENTRAL]);

/** Paragraphs 8.4, 17: an office's performance is read by itself, the authorized body, and the National Company for regional and central offices. */
export function mayReadPerformance(viewer: Viewer, office: Office): boolean {
  if (viewer.office.id === office.id || viewer.office.kind === OfficeKind.AUTHORIZED_BODY) return true;
  return viewer.office.kind === OfficeKind.NATIONAL_COMPANY && NATIONAL_COMPANY_ASSESSES.has(office.level);
}

/**
 * Who works an issue: the office that raised it, the responsible office of its project (by the
 * project's tier, paragraph 5), the National Company, the Task Force and the authorized body.
 */
export function mayUpdateIssue(
  viewer: Viewer,
  issue: { raisedByOfficeId: string },
  project: Pick<Project, 'supportTier' | 'regionCode'> | null,
): boolean {
  const { office } = viewer;
  if (HEADQUARTERS_OFFICES.includes(office.kind) || office.id === issue.raisedByOfficeId) return true;
  return (
    project !== null &&
    project.supportTier === SupportTier.REGIONAL_ORGANIZATION &&
    office.kind === OfficeKind.REGIONAL_ORGANIZATION &&
    office.regionCode === project.regionCode
  );
}
