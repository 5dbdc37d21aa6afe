import type { Viewer } from '../auth/viewer';
import { manyByKey, oneByKey } from '../common/batch';
import type { UserRepository } from '../users/user.repository';
import type { ServiceApplicationRepository } from './service-application.repository';
import { recordScopeOf } from '../auth/scope';
import type { ServiceStepRepository } from './service-step.repository';
import type { ServiceViolationRepository } from './service-violation.repository';
import type { StateServiceRepository } from './state-service.repository';

export interface ServiceApplicationLoaderRepos {
  serviceApplications: ServiceApplicationRepository;
  serviceViolations: ServiceViolationRepository;
  serviceSteps: ServiceStepRepository;
  stateServices: StateServiceRepository;
  users: UserRepository;
}

/** Loaders of the state-service domain; applications within the viewer's application scope. */
export function serviceApplicationLoaders(repos: ServiceApplicationLoaderRepos, viewer: Viewer | null) {
  return {
    serviceApplicationById: oneByKey(
      (ids: readonly string[]) => (viewer ? repos.serviceApplications.findByIds(recordScopeOf(viewer), ids) : Promise.resolve([])),
      (a) => a.id,
    ),
    serviceStepsByApplicationId: manyByKey(
      (ids: readonly string[]) => repos.serviceApplications.stepsOf(ids),
      (s) => s.applicationId,
    ),
    serviceStepRecordsByApplicationId: manyByKey(
      (ids: readonly string[]) => repos.serviceSteps.ofApplications(ids),
      (s) => s.applicationId,
    ),
    serviceViolationsByApplicationId: manyByKey(
      (ids: readonly string[]) => repos.serviceViolations.byApplicationIds(ids),
      (v) => v.applicationId,
    ),
    stateServiceByCode: oneByKey(
      async (codes: readonly string[]) => (await repos.stateServices.list()).filter((s) => codes.includes(s.code)),
      (s) => s.code,
    ),
    serviceActorById: oneByKey(
      (ids: readonly string[]) => repos.users.findByIds(ids),
      (u) => u.id,
    ),
  };
}
