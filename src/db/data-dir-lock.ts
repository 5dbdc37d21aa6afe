import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startup-error';

const LOCK_FILE = 'irm.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * PGlite is one process's database: a second process on the same folder silently loses writes.
 * The lock file names the holder's PID; it is written aside and hard-linked into place, so taking
 * it is atomic and nobody ever reads it half-written. A lock whose process is gone (a crash,
 * kill -9) is stale and taken over.
 */
export function lockDataDir(dir: string): DataDirLock {
  const file = path.join(dir, LOCK_FILE);
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    return takeLock(dir, file, mine);
  } finally {
    rmSync(mine, { force: true });
  }
}

function takeLock(dir: string, file: string, mine: string): DataDirLock {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      linkSync(mine, file);
      const release = () => {
        if (holderOf(file) === process.pid) unlinkSync(file);
        process.off('exit', release);
      };
      // process.exit skips finally blocks: leave no lock behind for the next start to judge.
      process.on('exit', release);
      return { release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = holderOf(file);
      if (pid !== null && pid !== process.pid && isAlive(pid)) {
        throw new StartupError(
          `The embedded database folder ${dir} is in use by process ${pid} (${file}); stop it or set EMBEDDED_DB_DIR to another folder`,
        );
      }
      // Stale: remove and try again.
      try {
        unlinkSync(file);
      } catch {
        // Another starter removed it first; the next link attempt decides.
      }
    }
  }
  throw new StartupError(`Could not take the lock ${file} of the embedded database folder ${dir}`);
}
