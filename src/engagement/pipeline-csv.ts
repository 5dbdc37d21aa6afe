import type { Express } from 'express';
import type { App } from '../app';
import { Permission } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { toCsv } from '../common/csv';
import { badInput } from '../common/errors';
import { isUuid } from '../common/input-guard';
import { InvestorOrigin, InvestorStatus, type Investor } from '../investors/investor.entity';
import { InvestorFilter } from '../investors/investor.inputs';
import { csvDownload, type CsvFile } from '../reports/report-routes';

/** A download is the whole filtered list, read page by page; past this it is refused rather than cut short. */
const MAX_ROWS = 20_000;
const PAGE = 100;

type Parse = (value: string, name: string) => unknown;
const text: Parse = (v, name) => {
  if (v.length > 200) throw badInput(`${name} is too long`, { argument: name });
  return v;
};
const oneOf =
  (values: Record<string, string>): Parse =>
  (v, name) => {
    if (!Object.values(values).includes(v))
      throw badInput(`${name} must be one of ${Object.values(values).join(', ')}`, { argument: name });
    return v;
  };
const flag: Parse = (v, name) => {
  if (v !== 'true' && v !== 'false') throw badInput(`${name} must be true or false`, { argument: name });
  return v === 'true';
};
const id: Parse = (v, name) => {
  if (!isUuid(v)) throw badInput(`${name} must be a UUID`, { argument: name });
  return v;
};

/** The query parameters: the fields of InvestorFilter, as in the `investors` query. */
const FILTER_PARAMS: Record<keyof InvestorFilter, Parse> = {
  search: text,
  origin: oneOf(InvestorOrigin),
  countryCode: text,
  status: oneOf(InvestorStatus),
  sectorCode: text,
  ownerOfficeId: id,
  isAnchor: flag,
  isMultinational: flag,
  accountManagerId: id,
  followUpOverdue: flag,
};

function filterOf(query: Record<string, unknown>): InvestorFilter {
  const filter = new InvestorFilter();
  for (const [name, value] of Object.entries(query)) {
    const parse = FILTER_PARAMS[name as keyof InvestorFilter];
    if (!parse) throw badInput(`Unknown parameter ${name}: use the fields of InvestorFilter`, { argument: name });
    if (typeof value !== 'string') throw badInput(`${name} must be given once`, { argument: name });
    if (value.includes('\u0000')) throw badInput(`${name} holds a null character`, { argument: name });
    Object.assign(filter, { [name]: parse(value, name) });
  }
  return filter;
}

const HEADER = [
  'investor_id',
  'name',
  'country_code',
  'status',
  'is_anchor',
  'is_multinational',
  'owner_office',
  'account_manager',
  'last_interaction_on',
  'open_follow_ups',
  'overdue_follow_ups',
  'next_follow_up_due_on',
];

/** The pipeline as a spreadsheet: the `investors` list with its filter, newest first, with what the pipeline shows of each lead. */
async function pipelineCsv(app: App, viewer: Viewer, filter: InvestorFilter): Promise<CsvFile> {
  const today = app.followUps.today();
  const rows: string[][] = [];
  let after: string | undefined;
  for (;;) {
    const page = await app.investors.list(viewer, filter, { first: PAGE, after });
    const investors: Investor[] = page.edges.map((e) => e.node);
    if (investors.length > 0) rows.push(...(await pipelineRows(app, investors, today)));
    if (rows.length > MAX_ROWS) throw badInput(`More than ${MAX_ROWS} investors match: narrow the filter`);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? undefined;
  }
  return { filename: `pipeline-${today}.csv`, body: toCsv([HEADER, ...rows]) };
}

async function pipelineRows(app: App, investors: Investor[], today: string): Promise<string[][]> {
  const ids = investors.map((i) => i.id);
  const managerIds = [...new Set(investors.map((i) => i.accountManagerId).filter((m): m is string => Boolean(m)))];
  const [offices, managers, last, open] = await Promise.all([
    app.repos.offices.findByIds([...new Set(investors.map((i) => i.ownerOfficeId))]),
    managerIds.length > 0 ? app.repos.users.findByIds(managerIds) : Promise.resolve([]),
    app.repos.interactions.lastOccurredOn(ids),
    app.repos.followUps.openOfInvestors(ids),
  ]);
  const officeCode = new Map(offices.map((o) => [o.id, o.code]));
  const managerEmail = new Map(managers.map((u) => [u.id, u.email]));
  const lastOn = new Map(last.map((r) => [r.investorId, r.on]));
  return investors.map((i) => {
    const mine = open.filter((f) => f.investorId === i.id);
    return [
      i.id,
      i.name,
      i.countryCode,
      i.status,
      String(i.isAnchor),
      String(i.isMultinational),
      officeCode.get(i.ownerOfficeId) ?? '',
      i.accountManagerId ? (managerEmail.get(i.accountManagerId) ?? '') : '',
      lastOn.get(i.id) ?? '',
      String(mine.length),
      String(mine.filter((f) => f.isOverdueOn(today)).length),
      mine[0]?.dueOn ?? '',
    ];
  });
}

/** GET /investors/pipeline.csv?<InvestorFilter fields>: same permission and scope as the `investors` query (see the README). */
export function registerPipelineRoutes(web: Express, app: App): void {
  web.get(
    '/investors/pipeline.csv',
    csvDownload(app, Permission.ReadRecords, (viewer, _params, query) => pipelineCsv(app, viewer, filterOf(query))),
  );
}
