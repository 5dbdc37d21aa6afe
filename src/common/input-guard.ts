import { validateOrReject, type ValidationError } from 'class-validator';
import { isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import { ArgumentValidationError, type MiddlewareFn, type ValidatorFn } from 'type-graphql';
import { badInput } from './errors';

/** Every record id in IRM is a UUID (issue 7, defect 7: a malformed id must not reach SQL). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

function shown(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** Walks one argument value along its GraphQL input type, through lists and input objects. */
function check(type: GraphQLInputType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return check(type.ofType, value, path);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => check(type.ofType, item, `${path}[${i}]`));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) check(field.type, item, `${path}.${name}`);
    }
    return;
  }
  if (typeof value !== 'string') return;
  // PostgreSQL text cannot hold U+0000: refuse it here rather than as an SQL error.
  if (value.includes('\u0000')) throw badInput(`${path} contains a null character`, { argument: path });
  if (type.name === 'ID' && !isUuid(value)) throw badInput(`${path} is not a valid id (a UUID): ${shown(value)}`, { argument: path });
}

/** One field's arguments, checked before any resolver uses them. */
function guardArgs(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  const field = info.parentType.getFields()[info.fieldName];
  for (const arg of field?.args ?? []) check(arg.type, args[arg.name], arg.name);
}

/** The same check as a middleware, for a subscription's `subscribe` (events/live.resolver.ts). */
export const inputGuard: MiddlewareFn = ({ args, info }, next) => {
  guardArgs(args, info);
  return next();
};

/** Arguments objects already guarded (type-graphql calls the validator once per argument parameter). */
const guarded = new WeakSet<object>();
/** What type-graphql's own class-validator call would use (`validate: { forbidUnknownValues: false }`). */
const VALIDATOR_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * The argument validator of the schema (type-graphql's `validateFn`), called for each argument
 * parameter of a resolver, after @Authorized and before the resolver: first one check of every
 * argument of the field (ids, the `ID` type kept for the client contract, must be UUIDs and no
 * string may hold a null character), then class-validator's rules of input classes.
 *
 * Not a global middleware: type-graphql would run one on every field of every result, each as a
 * promise (issue 12: most of a list's resolver time), where only fields with arguments need it.
 */
export const validateArgs: ValidatorFn = async (value, _type, { args, info }) => {
  if (!guarded.has(args)) {
    guarded.add(args);
    guardArgs(args, info);
  }
  if (value === null || typeof value !== 'object') return;
  try {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== null && typeof item === 'object') await validateOrReject(item as object, VALIDATOR_OPTIONS);
    }
  } catch (e) {
    throw new ArgumentValidationError(e as ValidationError[]);
  }
};
