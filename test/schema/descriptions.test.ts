import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/schema';

/** Built-in types and those graphql-js adds itself (introspection), which describe themselves. */
function isOwnType(name: string): boolean {
  return !name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(name);
}

function described(description: string | null | undefined): boolean {
  return typeof description === 'string' && description.trim().length > 0;
}

/**
 * Every schema coordinate (type, field, argument, input field, enum value) that a client generated
 * from the schema would show without documentation. STYLE.md: "a description on every type, field
 * and argument"; issue 11 adds input fields and enum values.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isOwnType(type.name)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    } else if (!isScalarType(type) && !isUnionType(type)) {
      missing.push(`${String(type)} (unknown kind)`);
    }
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const missing = undescribed(await createSchema());
    // The list itself is the failure message: each entry is a schema coordinate to describe.
    expect(missing).toEqual([]);
  });
});
