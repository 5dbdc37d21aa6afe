import type { Express } from 'express';
import type { App } from '../app';
import { Permission } from '../auth/permissions';
import { recordScopeOf } from '../auth/scope';
import { toCsv } from '../common/csv';
import { badInput } from '../common/errors';
import { isUuid } from '../common/input-guard';
import { csvDownload } from '../reports/report-routes';
import { AgreementKind, AgreementStatus } from './agreement.entity';
import type { AgreementFilter } from './agreement.inputs';

/** The most agreements one download holds (newest first); narrow the filter for older ones. */
const AGREEMENT_CSV_LIMIT = 5000;

const HEADER = [
  'agreement_id',
  'kind',
  'title',
  'signed_on',
  'agreement_status',
  'investor',
  'investor_country',
  'office',
  'commitment_no',
  'commitment',
  'amount_kzt',
  'jobs',
  'due_on',
  'commitment_status',
  'overdue',
  'note',
];

function oneOf<T extends string>(values: Record<string, T>, value: string | undefined, name: string): T | null {
  if (value === undefined || value === '') return null;
  if (!Object.values(values).includes(value as T))
    throw badInput(`${name} must be one of ${Object.values(values).join(', ')}`, { argument: name });
  return value as T;
}

function id(value: string | undefined, name: string): string | null {
  if (value === undefined || value === '') return null;
  if (!isUuid(value)) throw badInput(`${name} is not a valid id (a UUID)`, { argument: name });
  return value;
}

/** The AgreementFilter of the GraphQL list, from the query string (a repeated or nested parameter is BAD_USER_INPUT). */
function agreementFilterOf(raw: Record<string, unknown>): AgreementFilter {
  const query: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string') throw badInput(`${name} must be given once, as text`, { argument: name });
    query[name] = value;
  }
  const overdue = query.overdue;
  if (overdue !== undefined && overdue !== '' && overdue !== 'true' && overdue !== 'false')
    throw badInput('overdue must be true or false', { argument: 'overdue' });
  return {
    investorId: id(query.investorId, 'investorId'),
    projectId: id(query.projectId, 'projectId'),
    officeId: id(query.officeId, 'officeId'),
    kind: oneOf(AgreementKind, query.kind, 'kind'),
    status: oneOf(AgreementStatus, query.status, 'status'),
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : null,
  };
}

/**
 * GET /reports/agreements.csv?status=…&overdue=…&investorId=…&projectId=…&officeId=…&kind=…:
 * agreement monitoring, one line per commitment, with the permission and the row scope of the
 * `agreements` query (see the README).
 */
export function registerAgreementRoutes(web: Express, app: App): void {
  web.get(
    '/reports/agreements.csv',
    csvDownload(app, Permission.ReadRecords, async (viewer, _params, query) => {
      const today = app.agreements.today();
      const rows = await app.repos.agreements.monitoringRows(recordScopeOf(viewer), agreementFilterOf(query), today, AGREEMENT_CSV_LIMIT);
      const lines = rows.map((r) => [
        r.agreementId,
        r.kind,
        r.title,
        r.signedOn,
        r.status,
        r.investorName,
        r.investorCountry,
        r.officeCode,
        r.position === null ? '' : String(r.position + 1),
        r.description ?? '',
        r.amountKzt ?? '',
        r.jobs === null ? '' : String(r.jobs),
        r.dueOn ?? '',
        r.commitmentStatus ?? '',
        r.overdue === null ? '' : String(r.overdue),
        r.note ?? '',
      ]);
      return { filename: `agreements-${today}.csv`, body: toCsv([HEADER, ...lines]) };
    }),
  );
}
