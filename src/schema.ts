import 'reflect-metadata';
import {
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLFieldMap,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { preloaded } from './common/batch';
import { AWAITED } from './common/pagination';
import { validateArgs } from './common/input-guard';
import { DateTimeScalar } from './common/scalars';
import { MODULES } from './modules';

/** Every module's resolvers. */
const RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []) as unknown as BuildSchemaOptions['resolvers'];

export async function createSchema(): Promise<GraphQLSchema> {
  const options: BuildSchemaOptions = {
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Arguments: the input guard and class-validator, for fields with arguments only (common/input-guard.ts).
    validateFn: validateArgs,
    // Required by type-graphql once a subscription exists; ours bring their own `subscribe` (src/events/live.service.ts).
    pubSub: createPubSub(),
  };
  const schema = await buildSchema(options);
  shortenFieldResolution(schema, options);
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

/**
 * Fewer steps per resolved field (issue 12), without dropping a check: see the two functions.
 * Exported for test/schema/field-resolution.test.ts, which holds it to that.
 */
export function shortenFieldResolution(schema: GraphQLSchema, options: BuildSchemaOptions): void {
  // Global middlewares run on every field: then every field keeps type-graphql's wrapper.
  if (options.globalMiddlewares?.length) return;
  for (const objectType of objectTypesOf(schema)) {
    plainFieldsReadDirectly(objectType);
    preloadedRelationsAnsweredDirectly(objectType);
  }
}

interface ObjectTypeFields {
  target: { prototype: unknown };
  fields: GraphQLFieldMap<object, unknown>;
  /** The class and the classes it extends. */
  chain: object[];
}

/** Each object type type-graphql declared, with its GraphQL fields. */
function* objectTypesOf(schema: GraphQLSchema): Generator<ObjectTypeFields> {
  for (const objectType of getMetadataStorage().objectTypes) {
    const type = schema.getType(objectType.name);
    if (isObjectType(type)) yield { target: objectType.target, fields: type.getFields(), chain: classChain(objectType.target) };
  }
}

/**
 * A field that is only a property of its object (no resolver, no @Authorized, no middleware) is
 * read by graphql-js's own default resolver, as type-graphql does for `simpleResolvers` types:
 * type-graphql otherwise wraps every such field in a resolver of its own that runs its (here
 * empty) middleware chain, an allocation and a call on every field of every result (issue 12).
 * A field with roles or middlewares keeps its wrapper, and so does one whose property may hold a
 * promise (AWAITED: compiled execution awaits only what a resolver returns).
 */
function plainFieldsReadDirectly({ target, fields, chain }: ObjectTypeFields): void {
  const storage = getMetadataStorage();
  // Its own fields and those it inherits from the classes it extends.
  const declared = storage.objectTypes.filter((o) => chain.includes(o.target)).flatMap((o) => o.fields ?? []);
  for (const field of declared) {
    const graphqlField = fields[field.schemaName];
    if (!graphqlField || field.simple !== undefined || field.roles !== undefined || field.middlewares?.length) continue;
    if (graphqlField.extensions[AWAITED]) continue;
    // The default resolver reads the property named as the GraphQL field, and calls it when it is a function.
    if (field.name !== field.schemaName || isMethod(target, field.name)) continue;
    const resolved = storage.fieldResolvers.some((r) => r.methodName === field.name && chain.includes(r.getObjectType?.() as object));
    if (!resolved) graphqlField.resolve = undefined;
  }
}

/**
 * A relation a list read with its rows (common/batch.ts setPreloaded, in the reader's scope) is
 * answered from the row before type-graphql's resolver machinery runs: its field resolvers
 * answer a preloaded value as it is anyway, and that machinery (a resolver data object, the
 * parameters sorted and converted, the resolver instance) ran for every relation of every row
 * of a page (issue 12). Only fields without arguments, roles or middlewares; nothing is
 * preloaded or null ("none visible") still goes to the resolver, which answers as before.
 */
function preloadedRelationsAnsweredDirectly({ fields, chain }: ObjectTypeFields): void {
  for (const resolver of getMetadataStorage().fieldResolvers) {
    if (!chain.includes(resolver.getObjectType?.() as object) || resolver.roles !== undefined || resolver.middlewares?.length) continue;
    const field = fields[resolver.schemaName];
    const resolve = field?.resolve;
    if (!field || !resolve || field.args.length > 0) continue;
    const name = resolver.schemaName;
    field.resolve = (source: object, args, context, info) => preloaded(source, name) ?? resolve(source, args, context, info);
  }
}

/** A class and the classes it extends. */
function classChain(target: object): object[] {
  const chain: object[] = [];
  for (let c: object | null = target; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as object | null) chain.push(c);
  return chain;
}

function isMethod(target: { prototype: unknown }, name: string): boolean {
  for (let proto = target.prototype as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.value === 'function';
  }
  return false;
}

function describe(type: GraphQLObjectType | null | undefined, description: string): void {
  if (type && !type.description) type.description = description;
}

/** The SDL committed as schema/schema.graphql (sorted, so that it diffs well). */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema()));
}
