// The scenarios of npm run bench:peer: the same read asked of IRM (a contract operation, as a
// given user) and of PostGraphile (its generated schema over the same tables). Add a scenario
// by appending to SCENARIOS; `total` says whether both sides select totalCount.
import { contract } from '../test/support/contract';

export interface Side {
  query: string;
  variables: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  /** IRM signs in as this demo user: the scope of the read. */
  irmUser: string;
  irm: Side;
  peer: Side;
}

const NATIONAL = 'daniyar.sadykov@irm.demo';
const REGIONAL_KZ75 = 'aliya.serikbayeva@irm.demo';

/**
 * PostGraphile's side of InvestorLeads: the same columns and nested lists. The nested lists are
 * in the same order as IRM's (sectors by code, projects newest first).
 */
const PEER_INVESTORS = `query InvestorLeads($first: Int, $after: Cursor, $condition: InvestorCondition) {
  allInvestors(first: $first, after: $after, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC], condition: $condition) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id name origin countryCode status isAnchor isMultinational ownership
        investorSectorsByInvestorId(orderBy: SECTOR_CODE_ASC) { nodes { sectorBySectorCode { code name } } }
        officeByOwnerOfficeId { id code name level }
        projectsByInitiatorId(orderBy: CREATED_AT_DESC) { nodes { id title stage investmentVolumeKzt regionByRegionCode { code } } }
        version createdAt updatedAt
      }
    }
  }
}`;

/**
 * PostGraphile's side of Projects. IRM's responsibleOffice is computed from the tier and region
 * (no column holds it): the peer reads the rule set and MCI columns instead, a comparable amount.
 */
const PEER_PROJECTS = `query Projects($first: Int, $after: Cursor, $condition: ProjectCondition) {
  allProjects(first: $first, after: $after, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC], condition: $condition) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id title kind stage
        sectorBySectorCode { code name resource }
        regionByRegionCode { code name }
        investmentVolumeKzt assessedOn volumeMci supportTier ruleSetCode mciKzt
        investorByInitiatorId { id name origin }
        industrialSiteBySiteId { id name }
        poolEligible poolReasons
        version
      }
    }
  }
}`;

/** The same operation without totalCount (a list that does not count). */
export function withoutTotal(query: string): string {
  const stripped = query.replace(/^\s*totalCount\s*$/m, '').replace(/\btotalCount\b/, '');
  if (stripped === query) throw new Error('no totalCount to remove');
  return stripped;
}

/** A scenario of one list: IRM's contract operation and PostGraphile's query, with or without totalCount. */
function scenarioOf(operation: string, peerQuery: string) {
  return (
    name: string,
    irmUser: string,
    filter: Record<string, unknown> | undefined,
    condition: Record<string, unknown> | undefined,
    total = true,
  ): Scenario => {
    const irmQuery = contract(operation);
    return {
      name,
      irmUser,
      irm: { query: total ? irmQuery : withoutTotal(irmQuery), variables: { first: 20, ...(filter ? { filter } : {}) } },
      peer: { query: total ? peerQuery : withoutTotal(peerQuery), variables: { first: 20, ...(condition ? { condition } : {}) } },
    };
  };
}

const investors = scenarioOf('InvestorLeads', PEER_INVESTORS);
const projects = scenarioOf('Projects', PEER_PROJECTS);

export const SCENARIOS: Scenario[] = [
  investors('InvestorLeads, totalCount', NATIONAL, undefined, undefined),
  investors('InvestorLeads, no totalCount', NATIONAL, undefined, undefined, false),
  investors(
    'InvestorLeads, origin FOREIGN + country CN',
    NATIONAL,
    { origin: 'FOREIGN', countryCode: 'CN' },
    { origin: 'FOREIGN', countryCode: 'CN' },
  ),
  projects('Projects, totalCount', NATIONAL, undefined, undefined),
  projects('Projects, no totalCount', NATIONAL, undefined, undefined, false),
  projects(
    'Projects, tier TASK_FORCE + pool eligible',
    NATIONAL,
    { supportTier: 'TASK_FORCE', poolEligible: true },
    { supportTier: 'TASK_FORCE', poolEligible: true },
  ),
  // Scoped: IRM as the regional office of KZ-75 sees its region's projects; the peer has no
  // authorization, so it is given the same rows as a condition.
  projects('Projects, regional office KZ-75', REGIONAL_KZ75, undefined, { regionCode: 'KZ-75' }),
];
