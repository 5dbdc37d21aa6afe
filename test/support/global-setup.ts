import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';

declare global {
  var __IRM_EMBEDDED__: { stop(): Promise<void> } | undefined;
}

/**
 * The test database: with DATABASE_URL, a fresh database (TEST_DATABASE_NAME, default irm_test) on that server; without
 * it, embedded PostgreSQL (PGlite over a loopback socket), started here because PGlite cannot
 * start inside jest's module sandbox. Test files read TEST_DATABASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const admin = new Client({ connectionString: base });
    await admin.connect();
    const name = process.env.TEST_DATABASE_NAME ?? 'irm_test';
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    process.env.TEST_DATABASE_URL = url.toString();
    process.env.TEST_DATABASE_KIND = 'postgresql';
  } else {
    const embedded = await startEmbeddedPostgres('memory://', 40);
    globalThis.__IRM_EMBEDDED__ = embedded;
    process.env.TEST_DATABASE_URL = embedded.url;
    process.env.TEST_DATABASE_KIND = 'embedded';
  }
}
