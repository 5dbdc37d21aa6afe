import { SignJWT } from 'jose';
import { loadConfig } from '../../src/config/config';
import { MAX_BODY_BYTES } from '../../src/server/query-limits';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server';
import { clean, LEAK, operation, post } from './hostile';

let server: TestServer;
let officer: string;

// The default start: NODE_ENV unset (jest sets it; libraries read it) and no JWT_SECRET (an empty value counts as unset).
beforeAll(async () => {
  const jestEnv = process.env.NODE_ENV;
  delete process.env.NODE_ENV;
  try {
    server = await startTestServer({ env: { NODE_ENV: '', JWT_SECRET: '' } });
  } finally {
    process.env.NODE_ENV = jestEnv;
  }
  officer = (await server.as('NC-KI')).token as string;
});
afterAll(() => server.stop());

const OLD_PUBLISHED_KEY = 'irm-development-only-secret-do-not-use-in-production';

describe('server defences (issue 7, defects 6, 7 and 9)', () => {
  it('answers every kind of bad request as a JSON GraphQL error, without a stack trace', async () => {
    const cases: [string, string, Record<string, string>, number][] = [
      ['bad JSON', '{"query": "{ __typename }"', {}, 400],
      ['a JSON array', '[1, 2]', {}, 400],
      ['a body over the limit', JSON.stringify({ query: `{ __typename } # ${'x'.repeat(MAX_BODY_BYTES)}` }), {}, 413],
      ['text/plain', '{ __typename }', { 'content-type': 'text/plain' }, 400],
      ['no query', '{}', {}, 400],
      ['a query that is not a string', '{"query": 5}', {}, 400],
    ];
    for (const [name, body, headers, status] of cases) {
      const answer = await post(server.url, body, headers);
      expect({ name, status: answer.status, problems: clean(answer) }).toEqual({ name, status, problems: [] });
      expect({ name, code: answer.json?.errors?.[0]?.extensions?.code }).toEqual({ name, code: 'BAD_REQUEST' });
    }
    const unknownPath = await fetch(`${server.url}/nowhere`);
    expect(unknownPath.status).toBe(404);
    expect(await unknownPath.json()).toEqual({ errors: [{ message: 'No such path', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('puts no stack trace in GraphQL errors when NODE_ENV is unset', async () => {
    for (const query of [
      '{ nope }',
      '{ investor(id: "00000000-0000-4000-8000-000000000000") { id } }',
      'mutation { login(email: "x@y.kz", password: "wrong-password") { token } }',
      '{',
    ]) {
      const answer = await operation(query, {}, officer, server.url);
      expect(answer.json?.errors?.length).toBeGreaterThan(0);
      expect({ query, leak: LEAK.test(answer.text) }).toEqual({ query, leak: false });
    }
  });

  it('refuses a token forged with the key that used to be published in src/app.ts', async () => {
    const me = await server.login('aigerim.nurlanova@irm.demo');
    const { me: admin } = await me.ok<{ me: { id: string } }>('{ me { id } }');
    for (const key of [OLD_PUBLISHED_KEY, 'another-guess-at-the-signing-key-0123456789']) {
      const forged = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(admin.id)
        .setIssuer('irm')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(key));
      const answer = await operation('{ me { id } }', {}, forged, server.url);
      expect(answer.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses to start in production without a strong JWT_SECRET, naming it', () => {
    const production = (JWT_SECRET?: string) => () => loadConfig({ NODE_ENV: 'production', ...(JWT_SECRET ? { JWT_SECRET } : {}) });
    for (const weak of [
      undefined,
      OLD_PUBLISHED_KEY,
      TEST_JWT_SECRET,
      'short-secret',
      'a'.repeat(40),
      'abababababababababababababababababab',
    ]) {
      expect(production(weak)).toThrow(/JWT_SECRET/);
    }
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'kq3Xv9Lw0pZr7TnYc2Hs8Jd5Mb1Gf4Ue6Ai-_Qo' }).JWT_SECRET).toBeDefined();
    // Outside production a missing key is generated per process: no key to publish.
    expect(loadConfig({}).NODE_ENV).toBeUndefined();
  });

  it('answers /healthz (alive) and /readyz (database, migrations) separately', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, migrations: true } });
  });
});
