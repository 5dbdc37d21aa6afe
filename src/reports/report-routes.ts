import type { Express, Request, Response } from 'express';
import type { App } from '../app';
import { assertPermitted, Permission } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { viewerOfToken } from '../context/build-context';
import { badInput, isDomainError, notFound, unauthenticated, type ErrorCode } from '../common/errors';
import { unifiedPoolCsv } from '../pool/pool-csv';
import { quarterlyReportCsv } from './quarterly-report-csv';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CsvFile = { filename: string; body: string };

/**
 * A CSV download with the API's bearer token and the same permission as its GraphQL field;
 * refusals answer the status of the error code with `{ error: { code, message } }`.
 */
export function csvDownload(
  app: App,
  permission: Permission,
  build: (viewer: Viewer, params: Record<string, string>, query: Record<string, unknown>) => Promise<CsvFile>,
) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const viewer = await viewerOfToken(app, req.headers.authorization);
      if (!viewer) throw unauthenticated();
      assertPermitted(viewer, permission);
      const { filename, body } = await build(viewer, req.params as Record<string, string>, req.query as Record<string, unknown>);
      res.status(200).type('text/csv; charset=utf-8').attachment(filename).send(body);
    } catch (e) {
      const code: ErrorCode | null = isDomainError(e) ? (e.extensions.code as ErrorCode) : null;
      if (!code) throw e;
      if (code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
      res.status(STATUS[code]).json({ error: { code, message: e instanceof Error ? e.message : String(e) } });
    }
  };
}

function quarterParams(params: Record<string, string>): { year: number; quarter: number } {
  const [year, quarter] = [Number(params.year), Number(params.quarter)];
  if (!Number.isInteger(year) || !Number.isInteger(quarter)) throw badInput('year and quarter must be whole numbers');
  return { year, quarter };
}

/** GET /reports/quarterly/:id.csv and GET /reports/unified-pool/:year/:quarter.csv (see the README). */
export function registerReportRoutes(web: Express, app: App): void {
  web.get(
    '/reports/quarterly/:id.csv',
    csvDownload(app, Permission.ReadRecords, async (viewer, { id }) => {
      if (!UUID_RE.test(id)) throw notFound('Quarterly report', id);
      const report = await app.reports.get(viewer, id);
      const office = await app.repos.offices.findById(report.officeId);
      if (!office) throw notFound('Office', report.officeId);
      return quarterlyReportCsv(report, office);
    }),
  );
  web.get(
    '/reports/unified-pool/:year/:quarter.csv',
    csvDownload(app, Permission.ReadUnifiedPool, async (_viewer, params) => {
      const { year, quarter } = quarterParams(params);
      const pool = await app.pools.getPool(year, quarter);
      return unifiedPoolCsv(pool, await app.pools.entries(pool));
    }),
  );
}
