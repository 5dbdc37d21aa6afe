import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { GraphQLClient } from '../support/server';
import { runIrm } from './irm-process';

const onPostgres = process.env.TEST_DATABASE_KIND === 'postgresql';

/** A database nobody has used: a new PostgreSQL database, or a new embedded folder. */
async function freshDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (!onPostgres) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'irm-first-admin-'));
    return { env: { EMBEDDED_DB_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const base = process.env.TEST_DATABASE_URL ?? '';
  const name = `${new URL(base).pathname.slice(1)}_first_admin`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

describe('a production start on an empty database', () => {
  it('brings up ADMIN_EMAIL as a working administrator at the authorized body, without demo data', async () => {
    const db = await freshDatabase();
    const email = 'first.admin@irm.test';
    const password = 'a-long-first-password';
    const proc = runIrm({
      ...db.env,
      NODE_ENV: 'production',
      // A key of its own: production refuses the published test key (issue 7, defect 6).
      JWT_SECRET: randomBytes(48).toString('base64'),
      ADMIN_EMAIL: email,
      ADMIN_PASSWORD: password,
      DEMO_DATA: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    try {
      const url = await proc.url;
      const { login } = await new GraphQLClient(url).ok(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { role office { kind code } } } }`,
        { e: email, p: password },
      );
      expect(login.user).toEqual({ role: 'ADMIN', office: { kind: 'AUTHORIZED_BODY', code: 'AB-MFA' } });
      const admin = new GraphQLClient(url, login.token);
      const { offices } = await admin.ok(`{ offices { code } }`);
      // Only the reference office: no demo data came with it.
      expect(offices).toEqual([{ code: 'AB-MFA' }]);
      expect(await proc.stop()).toBe(0);
    } finally {
      await proc.stop();
      await db.drop();
    }
  }, 90_000);
});
