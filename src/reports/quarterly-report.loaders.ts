import { oneByKey } from '../common/batch';
import type { QuarterlyReportRepository } from './quarterly-report.repository';

export function quarterlyReportLoaders(reports: QuarterlyReportRepository) {
  return {
    /** Unscoped: only the source reports of a consolidated report, which only its readers reach. */
    quarterlyReportById: oneByKey(
      (ids: readonly string[]) => reports.findByIds(ids),
      (r) => r.id,
    ),
  };
}
