import { registerEnumType } from 'type-graphql';

/**
 * The kinds of record a change can be about, as data: each domain declares its own next to its
 * entity with `changeKind`, and the GraphQL enum `EntityKind` is built from them when the schema
 * is built. The change log stores the name as text, so a new kind needs no migration.
 */
export const EntityKind: Record<string, string> = {};
const valuesConfig: Record<string, { description: string }> = {};
registerEnumType(EntityKind, { name: 'EntityKind', description: 'What kind of record a change is about.', valuesConfig });

/** A kind of record whose changes go to the change log; `description` documents it in the schema. */
export type ChangeKind = string;

export function changeKind<K extends string>(name: K, description: string): K {
  if (EntityKind[name]) throw new Error(`Change kind ${name} is declared twice`);
  EntityKind[name] = name;
  valuesConfig[name] = { description };
  return name;
}
