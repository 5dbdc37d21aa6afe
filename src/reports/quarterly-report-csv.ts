import { toCsv } from '../common/csv';
import type { Office } from '../offices/office.entity';
import type { QuarterlyReport } from './quarterly-report.entity';

/** A report as a two-column spreadsheet: the report's facts (`report.*`), then its figures. */
export function quarterlyReportCsv(report: QuarterlyReport, office: Office): { filename: string; body: string } {
  const facts: [string, string][] = [
    ['report.office', office.code],
    ['report.office_name', office.name],
    ['report.kind', report.kind],
    ['report.year', String(report.year)],
    ['report.quarter', String(report.quarter)],
    ['report.due_on', report.dueOn],
    ['report.submitted_at', report.submittedAt.toISOString()],
    ['report.resubmitted_at', report.resubmittedAt?.toISOString() ?? ''],
    ['report.on_time', String(report.onTime)],
  ];
  const figures = report.figures.map((f): [string, string] => [f.name, f.value]);
  return {
    filename: `quarterly-report-${report.year}-Q${report.quarter}-${office.code}.csv`,
    body: toCsv([['name', 'value'], ...facts, ...figures]),
  };
}
