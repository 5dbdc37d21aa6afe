import { definePolicy, SEES_EVERYTHING } from '../auth/audience';
import type { Viewer } from '../auth/viewer';
import { INVESTOR_POLICY } from '../investors/investor.policy';
import { OfficeKind, OfficeLevel, type Office } from '../offices/office.entity';
import { SupportTier } from '../projects/project-assessment';
import type { Project } from '../projects/project.entity';
import { PROJECT_POLICY } from '../projects/project.policy';
import { HEADQUARTERS_DECISION_CHANGES, HEADQUARTERS_MEETING_CHANGES } from './headquarters.entity';
import { INVESTOR_ISSUE_CHANGES } from './issue.entity';
import { KPI_TARGET_CHANGES } from './kpi.entity';
import { PROJECT_PROGRESS_CHANGES } from './progress.entity';

// Who reads the monitoring records, said once here: the same grants filter the lists and address the change events.

/** Paragraph 7.2: the Investment Headquarters' work is followed by the offices that read everything. */
const HEADQUARTERS_OFFICES = SEES_EVERYTHING;

/** An investor's issue (paragraph 6, external 15, regional 9): whoever reads the investor. */
export const INVESTOR_ISSUE_POLICY = definePolicy({
  kind: INVESTOR_ISSUE_CHANGES,
  table: 'investor_issue',
  grants: [{ readersOf: () => INVESTOR_POLICY, key: 'row.investor_id' }],
});

/** A progress report: whoever reads the project. */
export const PROJECT_PROGRESS_POLICY = definePolicy({
  kind: PROJECT_PROGRESS_CHANGES,
  table: 'project_progress',
  region: '(SELECT aud_p.region_code FROM project aud_p WHERE aud_p.id = row.project_id)',
  grants: [{ readersOf: () => PROJECT_POLICY, key: 'row.project_id' }],
});

/** Meetings and their agendas: the authorized body, the National Company and the Task Force (paragraph 7.2). */
export const HEADQUARTERS_MEETING_POLICY = definePolicy({
  kind: HEADQUARTERS_MEETING_CHANGES,
  table: 'headquarters_meeting',
  grants: [{ kinds: HEADQUARTERS_OFFICES }],
});

/** A decision: the Headquarters' offices, and the office responsible for carrying it out. */
export const HEADQUARTERS_DECISION_POLICY = definePolicy({
  kind: HEADQUARTERS_DECISION_CHANGES,
  table: 'headquarters_decision',
  grants: [{ kinds: HEADQUARTERS_OFFICES }, { office: 'row.responsible_office_id' }],
});

/** A KPI target: the office, the authorized body, and the National Company for regional and central offices (paragraphs 8.3, 18). */
export const KPI_TARGET_POLICY = definePolicy({
  kind: KPI_TARGET_CHANGES,
  table: 'kpi_target',
  grants: [
    { office: 'row.office_id' },
    { kinds: [OfficeKind.AUTHORIZED_BODY] },
    {
      kinds: [OfficeKind.NATIONAL_COMPANY],
      when: `(SELECT aud_o.level FROM office aud_o WHERE aud_o.id = row.office_id) IN ('${OfficeLevel.REGIONAL}', '${OfficeLevel.CENTRAL}')`,
    },
  ],
});

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
