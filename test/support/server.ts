import { startIrm, type RunningIrm } from '../../src/bootstrap';
import type { Clock } from '../../src/common/clock';
import { systemClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/config';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo-data';

export const TEST_JWT_SECRET = 'irm-test-secret-0123456789abcdef0123456789';

// Tests read answers loosely (the contract check types the operations): `any` by default, a type where a test gives one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }[];
  extensions?: { sqlStatements?: number; sqlStatementsInExecution?: number };
}

/** Talks to the server over real HTTP, as a client would. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly token: string | null = null,
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GraphQLResponse<T>, 'status'>) };
  }

  /** The data of a request that must succeed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** The error code of a request that must fail; never an internal error. */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<string> {
    const res = await this.request(query, variables);
    const code = res.errors?.[0]?.extensions?.code;
    if (!code) throw new Error(`Expected an error, got ${JSON.stringify(res)}`);
    if (code === 'INTERNAL_SERVER_ERROR') throw new Error(`Internal error: ${JSON.stringify(res.errors)}`);
    return code;
  }
}

/** Demo persona by office code and role (seeds/demo-data.ts). */
export function personaEmail(officeCode: string, role = 'OFFICER'): string {
  const user = DEMO_USERS.find((u) => u.officeCode === officeCode && u.role === role);
  if (!user) throw new Error(`No demo ${role} at ${officeCode}`);
  return user.email;
}

export class TestServer {
  readonly url: string;
  readonly anonymous: GraphQLClient;

  constructor(readonly irm: RunningIrm) {
    this.url = irm.server.url;
    this.anonymous = new GraphQLClient(this.url);
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<GraphQLClient> {
    const data = await this.anonymous.ok<{ login: { token: string } }>(
      `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
      { email, password },
    );
    return new GraphQLClient(this.url, data.login.token);
  }

  /** A demo persona signed in: `as('NC-KI')`, `as('NC-KI', 'VIEWER')`. */
  as(officeCode: string, role = 'OFFICER'): Promise<GraphQLClient> {
    return this.login(personaEmail(officeCode, role));
  }

  /**
   * One sweep of the deadlines at the clock's time. Another instance on the test database (a
   * second server, a timer's round) may hold the sweep lock: then this waits for its turn, so a
   * test's "sweep now" always happens (sweepNow alone would skip the round).
   */
  async sweep(): Promise<Record<string, number>> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const made = await this.irm.app.sweeper.sweepNow();
      if (made) return made;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('The deadline sweep lock stayed taken for 5 s');
  }

  stop(): Promise<void> {
    return this.irm.stop();
  }
}

/** Starts the real server in this process on a free port, on the test database. */
export async function startTestServer(options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestServer> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global-setup)');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '5',
    PORT: '0',
    HOST: '127.0.0.1',
    JWT_SECRET: TEST_JWT_SECRET,
    SQL_STATEMENT_COUNT: 'true',
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  return new TestServer(await startIrm(config, options.clock ?? systemClock));
}
