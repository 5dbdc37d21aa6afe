import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

export interface IrmProcess {
  child: ChildProcess;
  /** The server's base URL once it serves; rejects if the process exits first. */
  url: Promise<string>;
  /** The exit code, or the signal's name when a signal ended the process. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** Everything printed, standard output and error interleaved as they arrived. */
  output(): string;
  /** Standard error alone: where a failed start says why (logs are JSON lines on standard output). */
  errors(): string;
  stop(): Promise<number | NodeJS.Signals | null>;
}

/**
 * Runs a script of the repository (src/main.ts by default) as its own process, as `npm start` or
 * `npm run migrate` would, with only the given environment and working directory.
 */
export function runIrm(env: Record<string, string | undefined>, options: { script?: string; cwd?: string } = {}): IrmProcess {
  const child = spawn(process.execPath, ['-r', require.resolve('@swc-node/register'), path.join(ROOT, options.script ?? 'src/main.ts')], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving GraphQL at (http:\/\/[\d.:]+)\/graphql/.exec(output);
      if (m) resolve(m[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      read(chunk);
    });
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  url.catch(() => undefined);
  return {
    child,
    url,
    exited,
    output: () => output,
    errors: () => errors,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The last line a process printed: where a failed start says why. */
export function lastLine(output: string): string {
  return output.trimEnd().split('\n').at(-1) ?? '';
}
