import { contract } from '../support/contract';
import type { GraphQLClient } from '../support/server';

/** Shared pieces of the monitoring tests (issue 10). */
export const RECORD_PROGRESS = contract('RecordProjectProgress');
export const PROJECT_MONITORING = contract('ProjectMonitoring');
export const STALLED = contract('StalledProjects');
export const RAISE = contract('RaiseInvestorIssue');
export const UPDATE_ISSUE = contract('UpdateInvestorIssue');
export const ISSUES = contract('InvestorIssues');
export const SCHEDULE = contract('ScheduleHeadquartersMeeting');
export const ADD_ITEM = contract('AddAgendaItem');
export const DECIDE = contract('RecordHeadquartersDecision');
export const COMPLETE = contract('CompleteHeadquartersDecision');
export const MEETINGS = contract('HeadquartersMeetings');
export const SET_TARGET = contract('SetKpiTarget');
export const PERFORMANCE = contract('OfficePerformance');
export const DECISIONS = `query($filter: HeadquartersDecisionFilter, $first: Int, $after: String) {
  headquartersDecisions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id decision dueOn status overdue onTime completedAt responsibleOffice { code } agendaItem { id meeting { id } } } }
  }
}`;

export const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id version stage supportTier } }';
export const UPDATE_PROJECT =
  'mutation($id: ID!, $v: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, expectedVersion: $v, input: $input) { id version stage } }';

const PROJECT = { kind: 'NEW', sectorCode: '10', isPublicPrivatePartnership: false };

/** A project of the regional tier (small volume) in a region, by a client that may write it. */
export async function createProject(
  client: GraphQLClient,
  title: string,
  regionCode: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const input = { ...PROJECT, title, regionCode, stage: 'PREPARATION', investmentVolumeKzt: '1000000.00', ...extra };
  return (await client.ok(CREATE_PROJECT, { input })).createProject.id;
}

/** A new investor owned by the caller's office. */
export async function createInvestor(client: GraphQLClient, name: string, countryCode: string): Promise<string> {
  const input = { name, origin: countryCode === 'KZ' ? 'DOMESTIC' : 'FOREIGN', countryCode };
  return (await client.ok(contract('CreateInvestor'), { input })).createInvestor.id;
}

export async function officeIdsByCode(client: GraphQLClient): Promise<Record<string, string>> {
  const { offices } = await client.ok<{ offices: { id: string; code: string }[] }>(`{ offices { id code } }`);
  return Object.fromEntries(offices.map((o) => [o.code, o.id]));
}

/** The change events of one record. */
export { changesOf as eventsOf } from '../support/change-events';

/** The id of the signed-in user. */
export async function meId(client: GraphQLClient): Promise<string> {
  return (await client.ok('{ me { id } }')).me.id;
}
