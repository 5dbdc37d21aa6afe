import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_JWT_SECRET } from '../support/server';
import { runIrm } from './irm-process';

describe('.env in the working directory', () => {
  it('is read at start, and the real environment wins over it', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'irm-dotenv-'));
    // From the file: the database and settings; HOST there is unbindable, so the start fails unless the real one wins.
    writeFileSync(
      path.join(cwd, '.env'),
      [
        `DATABASE_URL=${process.env.TEST_DATABASE_URL}`,
        `JWT_SECRET=${TEST_JWT_SECRET}`,
        'DEMO_DATA=false',
        'PORT=0',
        'HOST=203.0.113.1',
        '',
      ].join('\n'),
    );
    const proc = runIrm({ HOST: '127.0.0.1' }, { cwd });
    try {
      const url = await proc.url;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(proc.output()).toContain('on PostgreSQL');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await proc.stop();
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 60_000);
});
