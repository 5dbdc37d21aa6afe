import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { GraphQLClient, startTestServer, type TestServer } from '../support/server';
import { createProject } from '../live/fixtures';
import { LiveClient, subscribersReach, listeners } from '../live/live-client';

const PASSWORD = 'first-password-1';
const ME = '{ me { email role office { code } } }';
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { active } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { name role office { code } } }`;
const CHANGE_PASSWORD = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token } }`;

let server: TestServer;
let admin: GraphQLClient;
let officeIds: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ env: { LIVE_RECHECK_MS: '200' } });
  admin = await server.as('AB-MFA', 'ADMIN');
  const { offices } = await admin.ok<{ offices: { id: string; code: string }[] }>('{ offices { id code } }');
  officeIds = Object.fromEntries(offices.map((o) => [o.code, o.id]));
});
afterAll(() => server.stop());

/** A new person (an officer of the Almaty regional organization by default), signed in. */
async function newPerson(role = 'OFFICER', office = 'RO-KZ-75'): Promise<{ id: string; email: string; client: GraphQLClient }> {
  const email = `rev-${randomUUID().slice(0, 8)}@irm.test`;
  const input = { email, password: PASSWORD, name: 'Revocation Tester', role, officeId: officeIds[office] };
  const { createUser } = await admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input });
  return { id: createUser.id, email, client: await server.login(email, PASSWORD) };
}

describe('token revocation', () => {
  it('keeps a token issued before a deactivation refused after reactivation; a new sign-in works', async () => {
    const person = await newPerson();
    await admin.ok(SET_ACTIVE, { id: person.id, active: false });
    expect(await person.client.fails(ME)).toBe('UNAUTHENTICATED');
    await admin.ok(SET_ACTIVE, { id: person.id, active: true });
    expect(await person.client.fails(ME)).toBe('UNAUTHENTICATED');
    expect((await (await server.login(person.email, PASSWORD)).ok(ME)).me.email).toBe(person.email);
  });

  it('refuses tokens issued before a password change; the change answers a working token', async () => {
    const person = await newPerson();
    const other = await server.login(person.email, PASSWORD);
    const { changePassword } = await person.client.ok(CHANGE_PASSWORD, { current: PASSWORD, next: 'second-password-2' });
    expect(await person.client.fails(ME)).toBe('UNAUTHENTICATED');
    expect(await other.fails(ME)).toBe('UNAUTHENTICATED');
    expect((await new GraphQLClient(server.url, changePassword.token).ok(ME)).me.email).toBe(person.email);
    expect(await server.anonymous.fails(contract('Login'), { email: person.email, password: PASSWORD })).toBe('UNAUTHENTICATED');
    await server.login(person.email, 'second-password-2');
  });

  it('sets passwords of at least 12 characters that are not the email, and checks the current one', async () => {
    const person = await newPerson();
    expect(await person.client.fails(CHANGE_PASSWORD, { current: 'not-my-password', next: 'second-password-2' })).toBe('UNAUTHENTICATED');
    expect(await person.client.fails(CHANGE_PASSWORD, { current: PASSWORD, next: 'short-pw-11' })).toBe('BAD_USER_INPUT');
    expect(await person.client.fails(CHANGE_PASSWORD, { current: PASSWORD, next: person.email.toUpperCase() })).toBe('BAD_USER_INPUT');
    const input = {
      email: `short-${randomUUID().slice(0, 8)}@irm.test`,
      password: 'eleven-char',
      name: 'Short',
      role: 'VIEWER',
      officeId: officeIds['RO-KZ-75'],
    };
    expect(await admin.fails(contract('CreateUser'), { input })).toBe('BAD_USER_INPUT');
    // None of the refusals revoked anything.
    expect((await person.client.ok(ME)).me.email).toBe(person.email);
  });

  it('refuses tokens issued before a role or office change, but not before a change of name', async () => {
    const person = await newPerson();
    await admin.ok(UPDATE_USER, { id: person.id, input: { name: 'Renamed Tester' } });
    expect((await person.client.ok(ME)).me.role).toBe('OFFICER');

    await admin.ok(UPDATE_USER, { id: person.id, input: { role: 'VIEWER' } });
    expect(await person.client.fails(ME)).toBe('UNAUTHENTICATED');
    const viewer = await server.login(person.email, PASSWORD);
    expect((await viewer.ok(ME)).me.role).toBe('VIEWER');

    const { updateUser } = await admin.ok(UPDATE_USER, { id: person.id, input: { officeId: officeIds['RO-KZ-61'] } });
    expect(updateUser.office.code).toBe('RO-KZ-61');
    expect(await viewer.fails(ME)).toBe('UNAUTHENTICATED');
    expect((await (await server.login(person.email, PASSWORD)).ok(ME)).me.office.code).toBe('RO-KZ-61');
  });

  it('lets only administrators of the authorized body move people; others manage their own office only', async () => {
    const person = await newPerson();
    const elsewhere = await newPerson('OFFICER', 'RO-KZ-61');
    const regionalAdmin = (await newPerson('ADMIN')).client;
    expect(await regionalAdmin.fails(UPDATE_USER, { id: person.id, input: { officeId: officeIds['RO-KZ-61'] } })).toBe('FORBIDDEN');
    // Another office's person looks exactly like none.
    expect(await regionalAdmin.fails(UPDATE_USER, { id: elsewhere.id, input: { role: 'VIEWER' } })).toBe('NOT_FOUND');
    expect(await regionalAdmin.fails(SET_ACTIVE, { id: elsewhere.id, active: false })).toBe('NOT_FOUND');
    expect((await regionalAdmin.ok(UPDATE_USER, { id: person.id, input: { role: 'VIEWER' } })).updateUser.role).toBe('VIEWER');
    expect(
      await regionalAdmin.fails(UPDATE_USER, { id: (await regionalAdmin.ok('{ me { id } }')).me.id, input: { role: 'OFFICER' } }),
    ).toBe('BAD_USER_INPUT');
    const nc = await server.as('NC-KI');
    expect(await nc.fails(UPDATE_USER, { id: person.id, input: { role: 'ADMIN' } })).toBe('FORBIDDEN');
    expect(await admin.fails(UPDATE_USER, { id: randomUUID(), input: { role: 'VIEWER' } })).toBe('NOT_FOUND');
  });

  it('over WebSocket: refuses a revoked token at connection, and closes a live connection whose password changed', async () => {
    const person = await newPerson();
    await admin.ok(SET_ACTIVE, { id: person.id, active: false });
    await admin.ok(SET_ACTIVE, { id: person.id, active: true });
    const revoked = new LiveClient(server, person.client.token);
    revoked.subscribe(contract('Changes'));
    expect((await revoked.waitClosed()).code).toBe(4401);

    const current = await server.login(person.email, PASSWORD);
    const before = listeners(server);
    const live = new LiveClient(server, current.token);
    try {
      live.subscribe(contract('Changes'));
      await subscribersReach(server, before + 1);
      await current.ok(CHANGE_PASSWORD, { current: PASSWORD, next: 'second-password-2' });
      await createProject(await server.as('RO-KZ-75'), 'KZ-75');
      expect((await live.waitClosed()).code).toBe(4401);
    } finally {
      await Promise.all([revoked.dispose(), live.dispose()]);
    }
  });
});
