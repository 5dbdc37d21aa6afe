import type { Express } from 'express';
import type { App } from '../app';
import { Permission } from '../auth/permissions';
import { badInput } from '../common/errors';
import { parseDateString } from '../common/scalars';
import { csvDownload } from '../reports/report-routes';

/** GET /reports/service-step-performance/:serviceCode/:from/:to.csv: serviceStepPerformance as CSV, same permissions. */
export function registerServiceRoutes(web: Express, app: App): void {
  web.get(
    '/reports/service-step-performance/:serviceCode/:from/:to.csv',
    csvDownload(app, Permission.ReadStepPerformance, async (viewer, { serviceCode, from, to }) => {
      const [first, last] = [parseDateString(from), parseDateString(to)];
      if (!first || !last) throw badInput('from and to must be calendar dates YYYY-MM-DD');
      return app.serviceStepPerformance.csv(viewer, serviceCode ?? '', first, last);
    }),
  );
}
