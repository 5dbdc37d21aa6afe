import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { validateArgs } from './common/input-guard';
import { DateTimeScalar } from './common/scalars';
import { MODULES } from './modules';

/** Every module's resolvers. */
const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as unknown as BuildSchemaOptions['resolvers'];

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Arguments: the input guard and class-validator, for fields with arguments only (common/input-guard.ts).
    validateFn: validateArgs,
    // Required by type-graphql once a subscription exists; ours bring their own `subscribe` (src/events/live.service.ts).
    pubSub: createPubSub(),
  });
  // type-graphql builds the root types itself and gives them no description: document them here.
  describe(schema.getQueryType(), "Reads: records within the office's scope, reference data, the calendar, the unified pool and reports.");
  describe(
    schema.getMutationType(),
    'Sign-in and writes. A write runs in one transaction; its change events are published after it commits.',
  );
  describe(
    schema.getSubscriptionType(),
    "Live changes over WebSocket (graphql-ws), re-checked against the subscriber's scope for every event.",
  );
  return schema;
}

function describe(type: GraphQLObjectType | null | undefined, description: string): void {
  if (type && !type.description) type.description = description;
}

/** The SDL committed as schema/schema.graphql (sorted, so that it diffs well). */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema()));
}
