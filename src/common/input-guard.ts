import { isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
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

/**
 * One check for every argument of every field, before any resolver runs: ids (the `ID` type,
 * kept for the client contract) must be UUIDs and no string may hold a null character.
 */
export const inputGuard: MiddlewareFn = ({ args, info }, next) => {
  if (Object.keys(args).length > 0) {
    const field = info.parentType.getFields()[info.fieldName];
    for (const arg of field?.args ?? []) check(arg.type, args[arg.name], arg.name);
  }
  return next();
};
