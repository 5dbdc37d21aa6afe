import { SERVICE_APPLICATION_CHANGES } from './service-application.entity';
import type { ChangeInput } from '../db/transactions';
import type { ChangeAction } from '../events/change-event.entity';
import type { ServiceApplication } from './service-application.entity';
import { isForwarded } from './service-application.scope';

/** The change-log entry of an application: seen by the front office that accepted it and, once forwarded, by its provider. */
export function applicationChange(application: ServiceApplication, action: ChangeAction, changedFields: string[]): ChangeInput {
  return {
    entity: SERVICE_APPLICATION_CHANGES,
    entityId: application.id,
    action,
    changedFields,
    officeIds: [application.acceptedByOfficeId, isForwarded(application) ? application.providerOfficeId : null],
  };
}
