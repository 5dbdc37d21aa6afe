import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { DateTimeScalar } from './common/scalars';
import { ChangeLogResolver } from './events/change-log.resolver';
import { LiveResolver } from './events/live.resolver';
import { InvestorResolver } from './investors/investor.resolver';
import { OfficeResolver } from './offices/office.resolver';
import { ProjectResolver } from './projects/project.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { IndustrialSiteResolver } from './sites/industrial-site.resolver';
import { UserResolver } from './users/user.resolver';

export const RESOLVERS = [
  ReferenceResolver,
  OfficeResolver,
  UserResolver,
  InvestorResolver,
  ProjectResolver,
  IndustrialSiteResolver,
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
    // Required by type-graphql once a subscription exists; ours bring their own `subscribe` (src/events/live.service.ts).
    pubSub: createPubSub(),
  });
}

/** The SDL committed as schema/schema.graphql (sorted, so that it diffs well). */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema()));
}
