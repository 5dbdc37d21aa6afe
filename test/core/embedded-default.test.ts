import { spawn } from 'node:child_process';
import path from 'node:path';
import { contract } from '../support/contract';
import { GraphQLClient } from '../support/server';

const ROOT = path.join(__dirname, '..', '..');

/** Starts `src/main.ts` as `npm start` would, with the given environment, and waits for its URL. */
function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(output);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, url, exited, output: () => output };
}

describe('a fresh machine: no DATABASE_URL, no configuration', () => {
  it('serves demo data from embedded PostgreSQL and stops cleanly on SIGTERM', async () => {
    const proc = startProcess({ EMBEDDED_DB_DIR: 'memory://', PORT: '0', HOST: '127.0.0.1' });
    const url = await proc.url;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const anonymous = new GraphQLClient(url);
    const { login } = await anonymous.ok(contract('Login'), { email: 'daniyar.sadykov@irm.demo', password: 'irm-demo-2026' });
    const nc = new GraphQLClient(url, login.token);
    const { projects } = await nc.ok(contract('Projects'), { first: 10 });
    expect(projects.totalCount).toBeGreaterThan(50);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  }, 120_000);

  it('refuses a bad setting with a message naming it', async () => {
    const proc = startProcess({ PORT: 'not-a-port', EMBEDDED_DB_DIR: 'memory://' });
    await expect(proc.url).rejects.toThrow(/PORT/);
    expect(await proc.exited).toBe(1);
  });
});
