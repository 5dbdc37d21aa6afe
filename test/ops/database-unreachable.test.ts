import { lastLine, runIrm } from './irm-process';

const onPostgres = process.env.TEST_DATABASE_KIND === 'postgresql';

describe('a database that cannot be used at start', () => {
  it('is retried for DATABASE_CONNECT_TIMEOUT_MS, then one line names DATABASE_URL without its password and the reason', async () => {
    const started = Date.now();
    const proc = runIrm({ DATABASE_URL: 'postgresql://irm:s3cret@127.0.0.1:1/irm', DATABASE_CONNECT_TIMEOUT_MS: '2000' });
    expect(await proc.exited).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    const output = proc.output();
    expect(output).toContain('retrying');
    expect(output).not.toContain('s3cret');
    expect(lastLine(proc.errors())).toBe(
      'Cannot use the database DATABASE_URL=postgresql://irm:***@127.0.0.1:1/irm: connection refused (gave up after 2 s; DATABASE_CONNECT_TIMEOUT_MS)',
    );
  }, 60_000);

  // Embedded PostgreSQL has one database and answers to any name.
  (onPostgres ? it : it.skip)(
    'fails at once, in one line, when the database does not exist',
    async () => {
      const url = new URL(process.env.TEST_DATABASE_URL ?? '');
      url.pathname = '/irm_t_no_such_database';
      const proc = runIrm({ DATABASE_URL: url.toString() });
      expect(await proc.exited).toBe(1);
      const output = proc.output();
      expect(output.trim().split('\n')).toEqual([`Cannot use the database DATABASE_URL=${url.toString()}: database does not exist`]);
    },
    60_000,
  );
});
