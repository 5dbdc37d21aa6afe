// IRM for the benches: the built server in its own process, as in production (the load generator
// must not share its event loop).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

/** A port free now (the server is told it: its start line is at info level, below the bench's LOG_LEVEL). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startIrmProcess(databaseUrl: string, extraEnv: Record<string, string> = {}, dir?: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), 'dist/src/main.js'], {
    // BENCH_IRM_DIR: another built checkout of IRM (e.g. the main branch) to compare before/after.
    cwd: dir ?? process.env.BENCH_IRM_DIR ?? path.join(__dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '20',
      DEMO_DATA: 'false',
      // As deployed (and as PostGraphile runs in bench:peer): graphql-js skips its development checks.
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64'),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.resume(); // warnings only; never let a full pipe stall the server
  const url = `http://127.0.0.1:${port}`;
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  for (;;) {
    if (exited !== undefined) throw new Error(`IRM exited with ${exited} before serving`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
