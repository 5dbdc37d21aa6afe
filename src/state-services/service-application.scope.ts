import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { OfficeKind } from '../offices/office.entity';
import { ServiceApplicationStatus, type ServiceApplication } from './service-application.entity';

/**
 * Which applications an office sees (chapter 6): the authorized body, the National Company and
 * the Task Force all of them; a service provider those addressed to it once forwarded to it
 * (paragraph 24: the documents reach it then; issue 7, defect 9); any other office those it
 * accepted (it could only accept for an investor within its record scope).
 */
export type ApplicationScope = { kind: 'ALL' } | { kind: 'PROVIDER'; officeId: string } | { kind: 'ACCEPTED_BY'; officeId: string };

export function applicationScopeOf(viewer: Viewer): ApplicationScope {
  if (viewer.office.kind === OfficeKind.SERVICE_PROVIDER) return { kind: 'PROVIDER', officeId: viewer.office.id };
  if (recordScopeOf(viewer).kind === 'ALL') return { kind: 'ALL' };
  return { kind: 'ACCEPTED_BY', officeId: viewer.office.id };
}

/** The same scope as a condition on the alias of a service_application, for query builders. */
export function applicationScopeSql(scope: ApplicationScope, alias: string): { where: string; params: Record<string, string> } {
  switch (scope.kind) {
    case 'ALL':
      return { where: 'true', params: {} };
    case 'PROVIDER':
      return {
        where: `(${alias}.provider_office_id = :scopeOfficeId AND ${alias}.status <> :scopeNotForwarded)`,
        params: { scopeOfficeId: scope.officeId, scopeNotForwarded: ServiceApplicationStatus.ACCEPTED },
      };
    case 'ACCEPTED_BY':
      return { where: `${alias}.accepted_by_office_id = :scopeOfficeId`, params: { scopeOfficeId: scope.officeId } };
  }
}

/** The same scope for a row already loaded (a locked row inside a transaction). */
export function inApplicationScope(scope: ApplicationScope, application: ServiceApplication): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'PROVIDER':
      return application.providerOfficeId === scope.officeId && isForwarded(application);
    case 'ACCEPTED_BY':
      return application.acceptedByOfficeId === scope.officeId;
  }
}

/** Every status but ACCEPTED comes at or after the first forwarding to the provider. */
function isForwarded(application: ServiceApplication): boolean {
  return application.status !== ServiceApplicationStatus.ACCEPTED;
}
