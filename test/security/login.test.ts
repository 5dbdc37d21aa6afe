import http from 'node:http';
import { randomInt, randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../seeds/demo-data';
import { loadConfig } from '../../src/config/config';
import { personaEmail, startTestServer, type GraphQLResponse, type TestServer } from '../support/server';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const LIMITS = {
  LOGIN_FAILURES_PER_ACCOUNT_ADDRESS: '3',
  LOGIN_FAILURES_PER_ADDRESS: '8',
  LOGIN_FAILURES_PER_ACCOUNT: '6',
  LOGIN_FAILURE_WINDOW_SECONDS: '900',
  LOGIN_ACCOUNT_BLOCK_SECONDS: '60',
};

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: LIMITS });
});
afterAll(() => server.stop());

type LoginAnswer = GraphQLResponse & { headers: http.IncomingHttpHeaders };

/**
 * Signs in from a given loopback address (all of 127/8 reaches the server), as another client
 * machine would; `forwardedFor` as a load balancer in front of IRM would add it.
 */
function loginFrom(target: TestServer, address: string, email: string, password: string, forwardedFor?: string): Promise<LoginAnswer> {
  const body = JSON.stringify({ query: LOGIN, variables: { email, password } });
  const headers = { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) };
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: target.irm.server.port, path: '/graphql', method: 'POST', localAddress: address, headers },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, ...(JSON.parse(text) as Omit<GraphQLResponse, 'status'>) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const codeOf = (res: GraphQLResponse) => (res.errors ? res.errors[0].extensions?.code : 'OK');

async function codesFrom(address: string, email: string, passwords: string[]): Promise<unknown[]> {
  const codes: unknown[] = [];
  for (const password of passwords) codes.push(codeOf(await loginFrom(server, address, email, password)));
  return codes;
}

const wrong = (n: number) => Array.from({ length: n }, (_, i) => `wrong-password-${i}`);

async function medianMs(attempt: (i: number) => Promise<unknown>, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await attempt(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

async function deactivatedAccount(): Promise<string> {
  const admin = await server.as('AB-MFA', 'ADMIN');
  const officeId = (await admin.ok('{ me { office { id } } }')).me.office.id;
  const email = `gone-${randomUUID().slice(0, 8)}@irm.test`;
  const input = { email, password: 'password-1234', name: 'Gone', role: 'VIEWER', officeId };
  const { createUser } = await admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input });
  await admin.ok(`mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`, { id: createUser.id });
  return email;
}

describe('login', () => {
  it('answers an unknown email, a wrong password and a deactivated account alike, in comparable time', async () => {
    const unknown = await loginFrom(server, '127.0.1.1', 'nobody@irm.test', DEMO_PASSWORD);
    const wrongPassword = await loginFrom(server, '127.0.1.1', personaEmail('EMB-CN'), 'wrong-password');
    const deactivated = await loginFrom(server, '127.0.1.1', await deactivatedAccount(), 'password-1234');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(deactivated.errors?.[0]).toEqual(unknown.errors?.[0]);

    // Each attempt from its own address, so that no limit interferes with the timing.
    const known = await medianMs((i) => loginFrom(server, `127.0.1.${10 + i}`, personaEmail('EMB-DE'), 'wrong-password'), 5);
    const absent = await medianMs((i) => loginFrom(server, `127.0.1.${20 + i}`, `absent-${i}@irm.test`, 'wrong-password'), 5);
    // Hashing dominates both (tens of ms); skipping it for unknown emails answered ~10x faster.
    expect(absent).toBeGreaterThan(known * 0.4);
  });

  it('refuses an account from one address after a few failures, while its owner elsewhere still signs in', async () => {
    const email = personaEmail('RO-KZ-61');
    expect(await codesFrom('127.0.2.1', email, wrong(3))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    // Even the right password is refused from the guessing address: it must not confirm a guess.
    const refused = await loginFrom(server, '127.0.2.1', email, DEMO_PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    const retryAfter = refused.errors?.[0].extensions?.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // HTTP says it too, for clients and proxies that do not read the body; the body keeps no trace of it.
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(retryAfter));
    expect(refused.errors?.[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter });
    expect(codeOf(await loginFrom(server, '127.0.2.2', email, DEMO_PASSWORD))).toBe('OK');
  });

  it('answers a wrong password as before: HTTP 200, no Retry-After', async () => {
    const failed = await loginFrom(server, '127.0.2.5', personaEmail('RO-KZ-61'), 'wrong-password');
    expect(codeOf(failed)).toBe('UNAUTHENTICATED');
    expect(failed.status).toBe(200);
    expect(failed.headers['retry-after']).toBeUndefined();
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: a client cannot pick a fresh address per guess', async () => {
    const email = personaEmail('EMB-CN');
    for (let i = 0; i < 3; i++)
      expect(codeOf(await loginFrom(server, '127.0.6.1', email, `wrong-${i}`, `203.0.113.${i + 1}`))).toBe('UNAUTHENTICATED');
    const refused = await loginFrom(server, '127.0.6.1', email, DEMO_PASSWORD, '203.0.113.99');
    expect([refused.status, codeOf(refused)]).toEqual([429, 'TOO_MANY_REQUESTS']);
  });

  it('forgets the failures of an account and address after a successful sign-in', async () => {
    const email = personaEmail('SP-VISA');
    expect(await codesFrom('127.0.3.1', email, [...wrong(2), DEMO_PASSWORD, ...wrong(2), DEMO_PASSWORD])).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'OK',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'OK',
    ]);
  });

  it('refuses an address that guesses across many accounts', async () => {
    for (let i = 0; i < 8; i++) {
      expect(codeOf(await loginFrom(server, '127.0.4.1', `guess-${i}@irm.test`, 'wrong-password'))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await loginFrom(server, '127.0.4.1', personaEmail('TF-KI'), DEMO_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await loginFrom(server, '127.0.4.2', personaEmail('TF-KI'), DEMO_PASSWORD))).toBe('OK');
  });

  it('closes an account guessed from many addresses only briefly', async () => {
    const email = personaEmail('NC-KI', 'VIEWER');
    for (let i = 0; i < 3; i++)
      expect(await codesFrom(`127.0.5.${i + 1}`, email, wrong(2))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const refused = await loginFrom(server, '127.0.5.9', email, DEMO_PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});

describe('login limits behind a load balancer (TRUST_PROXY)', () => {
  const BALANCER = '127.0.9.1';
  let behind: TestServer;

  beforeAll(async () => {
    behind = await startTestServer({ env: { ...LIMITS, TRUST_PROXY: BALANCER, DEMO_DATA: 'false' } });
  });
  afterAll(() => behind.stop());

  it('counts per client named in X-Forwarded-For by the trusted balancer', async () => {
    const email = `behind-${randomUUID()}@irm.test`;
    for (let i = 0; i < 3; i++)
      expect(codeOf(await loginFrom(behind, BALANCER, email, `wrong-${i}`, '198.51.100.7'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginFrom(behind, BALANCER, email, 'wrong-3', '198.51.100.7'))).toBe('TOO_MANY_REQUESTS');
    // Another client through the same balancer is not the guesser: only its own attempts count.
    expect(codeOf(await loginFrom(behind, BALANCER, email, 'wrong-4', '198.51.100.8'))).toBe('UNAUTHENTICATED');
    // The balancer appends the address it saw: what the client sent before it is not believed.
    expect(codeOf(await loginFrom(behind, BALANCER, email, 'wrong-5', '198.51.100.9, 198.51.100.7'))).toBe('TOO_MANY_REQUESTS');
  });

  it('ignores X-Forwarded-For from an address that is not the balancer', async () => {
    const email = `direct-${randomUUID()}@irm.test`;
    for (let i = 0; i < 3; i++)
      expect(codeOf(await loginFrom(behind, '127.0.9.2', email, `wrong-${i}`, `198.51.100.${20 + i}`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginFrom(behind, '127.0.9.2', email, 'wrong-3', '198.51.100.30'))).toBe('TOO_MANY_REQUESTS');
  });

  it('is false by default, and takes a hop count or proxy addresses; anything else stops the start', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16, loopback, fd00::/8' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'loopback',
      'fd00::/8',
    ]);
    for (const wrong of ['true', 'yes', '10.0.0.0/33', 'balancer.internal', '-1'])
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
  });
});

describe('login limits with REDIS_URL', () => {
  it('are shared between instances', async () => {
    const env = { ...LIMITS, REDIS_URL: 'redis://127.0.0.1:6379', DEMO_DATA: 'false' };
    const [one, two] = await Promise.all([startTestServer({ env }), startTestServer({ env })]);
    try {
      // Redis outlives this run: a fresh account and address each time.
      const email = `shared-${randomUUID()}@irm.test`;
      const address = `127.${randomInt(10, 250)}.${randomInt(1, 250)}.${randomInt(1, 250)}`;
      for (const password of wrong(3)) expect(codeOf(await loginFrom(one, address, email, password))).toBe('UNAUTHENTICATED');
      expect(codeOf(await loginFrom(two, address, email, 'wrong-password'))).toBe('TOO_MANY_REQUESTS');
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});
