import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/schema';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.as('AB-MFA', 'ADMIN');
});
afterAll(() => server.stop());

describe('offices', () => {
  const office = (extra: Record<string, unknown>) => ({
    input: { code: `T-${Math.random().toString(36).slice(2, 8).toUpperCase()}`, name: 'Test office', ...extra },
  });

  it('are created by an administrator of the authorized body at a consistent level', async () => {
    const embassy = await admin.ok(contract('CreateOffice'), office({ kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'FR' }));
    expect(embassy.createOffice).toMatchObject({ level: 'EXTERNAL', countryCode: 'FR', region: null });
    const les = await admin.ok(contract('CreateOffice'), office({ kind: 'LOCAL_EXECUTIVE_BODY', level: 'REGIONAL', regionCode: 'KZ-79' }));
    expect(les.createOffice.region).toEqual({ code: 'KZ-79' });
    const { offices } = await admin.ok(contract('Offices'), { level: 'EXTERNAL' });
    expect(offices.every((o: { level: string }) => o.level === 'EXTERNAL')).toBe(true);
  });

  it('reject inconsistent combinations, duplicates and non-administrators', async () => {
    const bad = (extra: Record<string, unknown>) => admin.fails(contract('CreateOffice'), office(extra));
    expect(await bad({ kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL' })).toBe('BAD_USER_INPUT');
    expect(await bad({ kind: 'FOREIGN_INSTITUTION', level: 'EXTERNAL', countryCode: 'KZ' })).toBe('BAD_USER_INPUT');
    expect(await bad({ kind: 'REGIONAL_ORGANIZATION', level: 'CENTRAL' })).toBe('BAD_USER_INPUT');
    expect(await bad({ kind: 'REGIONAL_ORGANIZATION', level: 'REGIONAL' })).toBe('BAD_USER_INPUT');
    expect(await bad({ kind: 'LOCAL_EXECUTIVE_BODY', level: 'REGIONAL', regionCode: 'KZ-79', countryCode: 'FR' })).toBe('BAD_USER_INPUT');
    expect(
      await admin.fails(contract('CreateOffice'), {
        input: { code: 'NC-KI', name: 'Again', kind: 'CENTRAL_STATE_BODY', level: 'CENTRAL' },
      }),
    ).toBe('CONFLICT');
    expect(await bad({ kind: 'REGIONAL_ORGANIZATION', level: 'REGIONAL', regionCode: 'KZ-75' })).toBe('CONFLICT');
    const nc = await server.as('NC-KI');
    expect(await nc.fails(contract('CreateOffice'), office({ kind: 'CENTRAL_STATE_BODY', level: 'CENTRAL' }))).toBe('FORBIDDEN');
  });
});

describe('people', () => {
  it('are created by an administrator, sign in, and stop working when deactivated', async () => {
    const { offices } = await admin.ok(contract('Offices'), { level: 'CENTRAL' });
    const tf = offices.find((o: { code: string }) => o.code === 'TF-KI');
    const email = `officer.${Date.now()}@irm.test`;
    const { createUser } = await admin.ok(contract('CreateUser'), {
      input: { email, password: 'long-enough-1', name: 'Test Officer', role: 'OFFICER', officeId: tf.id },
    });
    expect(createUser).toMatchObject({ email, role: 'OFFICER', office: { code: 'TF-KI' } });
    const login = await server.anonymous.ok(contract('Login'), { email, password: 'long-enough-1' });
    expect(login.login.user.office).toMatchObject({ code: 'TF-KI', level: 'CENTRAL', kind: 'TASK_FORCE' });
    const officer = await server.login(email, 'long-enough-1');
    expect((await officer.ok(contract('Me'))).me.email).toBe(email);
    await admin.ok(`mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, { id: createUser.id });
    expect(await officer.fails(contract('Me'))).toBe('UNAUTHENTICATED');
    expect(await server.anonymous.fails(contract('Login'), { email, password: 'long-enough-1' })).toBe('UNAUTHENTICATED');
  });

  it('refuse a wrong password, a short password, a duplicate email and non-administrators', async () => {
    expect(await server.anonymous.fails(contract('Login'), { email: 'daniyar.sadykov@irm.demo', password: 'wrong-password' })).toBe(
      'UNAUTHENTICATED',
    );
    const me = (await admin.ok(contract('Me'))).me;
    const input = { email: 'daniyar.sadykov@irm.demo', password: 'long-enough-1', name: 'Dup', role: 'VIEWER', officeId: me.office.id };
    expect(await admin.fails(contract('CreateUser'), { input })).toBe('CONFLICT');
    expect(await admin.fails(contract('CreateUser'), { input: { ...input, email: 'new@irm.test', password: 'short' } })).toBe(
      'BAD_USER_INPUT',
    );
    const nc = await server.as('NC-KI');
    expect(await nc.fails(contract('CreateUser'), { input: { ...input, email: 'new2@irm.test' } })).toBe('FORBIDDEN');
  });
});

describe('guards', () => {
  it('declare a permission on every root field but login', async () => {
    const schema = await createSchema();
    const guarded = new Set(getMetadataStorage().authorizedFields.map((f) => f.fieldName));
    const PUBLIC = new Set(['login']);
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) =>
      t ? Object.keys(t.getFields()) : [],
    );
    const unguarded = roots.filter((name) => !guarded.has(name) && !PUBLIC.has(name));
    expect(roots.length).toBeGreaterThan(15);
    expect(unguarded).toEqual([]);
  });
});
