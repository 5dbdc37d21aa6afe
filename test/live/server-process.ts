import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../seeds/demo-data';
import { GraphQLClient, personaEmail, TEST_JWT_SECRET } from '../support/server';

const ROOT = path.join(__dirname, '..', '..');

/** IRM started as its own process (src/main.ts) on the test database, as a second instance would run. */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        DATABASE_POOL_SIZE: '3',
        PORT: '0',
        HOST: '127.0.0.1',
        JWT_SECRET: TEST_JWT_SECRET,
        // info: the line saying where it serves is an info line (src/main.ts).
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The server process did not start:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /serving GraphQL at (http:\/\/[\d.:]+)\/graphql/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => reject(new Error(`The server process exited (${code}):\n${output}`)));
    });
    return new ServerProcess(child, url);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  async as(officeCode: string, role = 'OFFICER'): Promise<GraphQLClient> {
    const anonymous = new GraphQLClient(this.url);
    const { login } = await anonymous.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: personaEmail(officeCode, role),
      p: DEMO_PASSWORD,
    });
    return new GraphQLClient(this.url, login.token);
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
