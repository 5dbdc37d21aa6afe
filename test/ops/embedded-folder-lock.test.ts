import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lastLine, runIrm } from './irm-process';

const dir = mkdtempSync(path.join(os.tmpdir(), 'irm-lock-'));
const env = { EMBEDDED_DB_DIR: dir, DEMO_DATA: 'false', PORT: '0', HOST: '127.0.0.1' };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one embedded data folder, one process', () => {
  it('refuses a second server and npm run migrate while a server holds the folder, naming both', async () => {
    const first = runIrm(env);
    try {
      await first.url;
      const second = runIrm(env);
      expect(await second.exited).toBe(1);
      expect(lastLine(second.errors())).toBe(
        `The embedded database folder ${dir} is in use by process ${first.child.pid} (${path.join(dir, 'irm.lock')}); stop it or set EMBEDDED_DB_DIR to another folder`,
      );
      const migrate = runIrm(env, { script: 'scripts/migrate.ts' });
      expect(await migrate.exited).toBe(1);
      expect(lastLine(migrate.errors())).toContain(`in use by process ${first.child.pid}`);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(existsSync(path.join(dir, 'irm.lock'))).toBe(false);
  }, 120_000);

  it('takes over the lock of a process that is gone', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(path.join(dir, 'irm.lock'), `${gone}\n`);
    const proc = runIrm(env);
    await proc.url;
    const exit = await proc.stop();
    // On failure, what the process printed says why it did not stop cleanly.
    expect(exit === 0 ? exit : `${exit}\n${proc.output()}`).toBe(0);
  }, 60_000);
});
