// IRM for the benches: the built server in its own process, as in production (the load generator
// must not share its event loop).
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startIrmProcess(databaseUrl: string, extraEnv: Record<string, string> = {}, dir?: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), 'dist/src/main.js'], {
    // BENCH_IRM_DIR: another built checkout of IRM (e.g. the main branch) to compare before/after.
    cwd: dir ?? process.env.BENCH_IRM_DIR ?? path.join(__dirname, '..'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '20',
      DEMO_DATA: 'false',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /serving GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(chunk.toString());
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`IRM exited with ${code} before serving`)));
  });
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
