import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { inputGuard } from './common/input-guard';
import { DateTimeScalar } from './common/scalars';
import { CalendarResolver } from './calendar/calendar.resolver';
import { ChangeLogResolver } from './events/change-log.resolver';
import { LiveResolver } from './events/live.resolver';
import { InvestorResolver } from './investors/investor.resolver';
import { OfficeResolver } from './offices/office.resolver';
import {
  PoolContributionResolver,
  PoolEntryResolver,
  PoolProjectResolver,
  PoolRegionTotalResolver,
  PoolSectorTotalResolver,
  UnifiedPoolResolver,
} from './pool/pool.resolver';
import { ProjectResolver } from './projects/project.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { InvestorRequestHandoffResolver, InvestorRequestResolver } from './requests/investor-request.resolver';
import { QuarterlyReportResolver } from './reports/quarterly-report.resolver';
import { IndustrialSiteResolver } from './sites/industrial-site.resolver';
import { ServiceApplicationResolver, ServiceApplicationStepResolver } from './state-services/service-application.resolver';
import { ServiceViolationResolver } from './state-services/service-violation.resolver';
import { StateServiceResolver } from './state-services/state-service.resolver';
import { UserResolver } from './users/user.resolver';

export const RESOLVERS = [
  ReferenceResolver,
  OfficeResolver,
  UserResolver,
  InvestorResolver,
  ProjectResolver,
  IndustrialSiteResolver,
  CalendarResolver,
  InvestorRequestResolver,
  InvestorRequestHandoffResolver,
  PoolContributionResolver,
  UnifiedPoolResolver,
  PoolEntryResolver,
  PoolProjectResolver,
  PoolRegionTotalResolver,
  PoolSectorTotalResolver,
  QuarterlyReportResolver,
  StateServiceResolver,
  ServiceApplicationResolver,
  ServiceApplicationStepResolver,
  ServiceViolationResolver,
  ChangeLogResolver,
  LiveResolver,
] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    globalMiddlewares: [inputGuard],
    // Required by type-graphql once a subscription exists; ours bring their own `subscribe` (src/events/live.service.ts).
    pubSub: createPubSub(),
  });
}

/** The SDL committed as schema/schema.graphql (sorted, so that it diffs well). */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema()));
}
