import { definePolicy } from '../auth/audience';
import { OfficeKind } from '../offices/office.entity';
import { QUARTERLY_REPORT_CHANGES, ReportKind } from './quarterly-report.entity';

/**
 * Who reads a quarterly report: the office that submitted it, the authorized body that monitors
 * them all (paragraph 17), the National Company the regional reports sent to it and its
 * consolidated one (paragraph 18).
 */
export const QUARTERLY_REPORT_POLICY = definePolicy({
  kind: QUARTERLY_REPORT_CHANGES,
  table: 'quarterly_report',
  region: '(SELECT aud_o.region_code FROM office aud_o WHERE aud_o.id = row.office_id)',
  grants: [
    { office: 'row.office_id' },
    { kinds: [OfficeKind.AUTHORIZED_BODY] },
    { kinds: [OfficeKind.NATIONAL_COMPANY], when: `row.kind IN ('${ReportKind.REGIONAL}', '${ReportKind.CONSOLIDATED}')` },
  ],
});
