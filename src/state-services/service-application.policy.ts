import { definePolicy, SEES_EVERYTHING } from '../auth/audience';
import { SERVICE_APPLICATION_CHANGES, ServiceApplicationStatus } from './service-application.entity';

/**
 * Who reads a state-service application (chapter 6): those who read everything, the front office
 * that accepted it, and its provider once it was forwarded (paragraph 24: the documents reach it then).
 */
export const SERVICE_APPLICATION_POLICY = definePolicy({
  kind: SERVICE_APPLICATION_CHANGES,
  table: 'service_application',
  grants: [
    { kinds: SEES_EVERYTHING },
    { office: 'row.accepted_by_office_id' },
    { office: 'row.provider_office_id', when: `row.status <> '${ServiceApplicationStatus.ACCEPTED}'` },
  ],
});
