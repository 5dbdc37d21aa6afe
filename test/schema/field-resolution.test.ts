// The schema's shortened field resolution (src/schema.ts, issue 12) keeps every check a field declares.
import 'reflect-metadata';
import { execute, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Authorized, buildSchema, Field, FieldResolver, ObjectType, Query, Resolver, Root, type AuthChecker } from 'type-graphql';
import { setPreloaded } from '../../src/common/batch';
import { shortenFieldResolution } from '../../src/schema';

@ObjectType()
class Related {
  @Field()
  name!: string;
}

@ObjectType()
class Row {
  @Field()
  open!: string;

  @Authorized()
  @Field()
  signedIn!: string;

  @Authorized('ADMIN')
  @Field()
  admin!: string;
}

const stored = () => {
  const record = Object.assign(new Row(), { open: 'o', signedIn: 's', admin: 'a' });
  for (const field of ['related', 'guardedRelated', 'nullRelated'])
    setPreloaded(record, field, field === 'nullRelated' ? null : { name: `preloaded ${field}` });
  return record;
};

@Resolver(() => Row)
class RowResolver {
  @Query(() => Row)
  record(): Row {
    return stored();
  }

  @FieldResolver(() => Related)
  related(): Related {
    return { name: 'resolved' };
  }

  @Authorized('ADMIN')
  @FieldResolver(() => Related)
  guardedRelated(): Related {
    return { name: 'resolved' };
  }

  @FieldResolver(() => Related, { nullable: true })
  nullRelated(@Root() record: Row): Related | null {
    return record.open === 'o' ? { name: 'resolved for null' } : null;
  }
}

const authChecker: AuthChecker<{ role: string | null }> = ({ context }, roles) =>
  context.role !== null && (roles.length === 0 || roles.includes(context.role));

let schema: GraphQLSchema;

beforeAll(async () => {
  const options = { resolvers: [RowResolver] as const, authChecker, authMode: 'error' as const };
  schema = await buildSchema(options);
  shortenFieldResolution(schema, options);
});

const run = async (role: string | null, fields: string) => {
  const result = await execute({ schema, document: parse(`{ record { ${fields} } }`), contextValue: { role } });
  return { data: result.data?.record as Record<string, unknown> | undefined, errors: result.errors?.map((e) => e.message) };
};

describe('shortened field resolution', () => {
  it('reads plain fields directly and keeps the resolver of a field with @Authorized, with or without roles', () => {
    const record = (schema.getType('Row') as GraphQLObjectType).getFields();
    expect(record.open.resolve).toBeUndefined();
    expect(record.signedIn.resolve).toBeDefined();
    expect(record.admin.resolve).toBeDefined();
  });

  it('still refuses a field with @Authorized to whoever may not read it', async () => {
    expect((await run(null, 'open')).data).toEqual({ open: 'o' });
    expect((await run(null, 'signedIn')).errors).toHaveLength(1);
    expect((await run('OFFICER', 'signedIn')).data).toEqual({ signedIn: 's' });
    expect((await run('OFFICER', 'admin')).errors).toHaveLength(1);
    expect((await run('ADMIN', 'admin')).data).toEqual({ admin: 'a' });
  });

  it('answers a preloaded relation from the row, but never past @Authorized, and leaves null to the resolver', async () => {
    expect((await run('OFFICER', 'related { name }')).data).toEqual({ related: { name: 'preloaded related' } });
    expect((await run('OFFICER', 'guardedRelated { name }')).errors).toHaveLength(1);
    expect((await run('ADMIN', 'guardedRelated { name }')).data).toEqual({ guardedRelated: { name: 'resolved' } });
    expect((await run('OFFICER', 'nullRelated { name }')).data).toEqual({ nullRelated: { name: 'resolved for null' } });
  });
});
