import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { inputGuard } from './common/input-guard';
import { DateTimeScalar } from './common/scalars';
import { MODULES } from './modules';

/** Every module's resolvers. */
export const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as unknown as readonly [Function, ...Function[]];

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
