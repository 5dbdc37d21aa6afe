import { ChangeAction } from '../../src/events/change-event.entity';
import { OfficeKind, OfficeLevel, type Office } from '../../src/offices/office.entity';
import { OFFICE_POLICY } from '../../src/offices/office.policy';
import { changesOf } from '../support/change-events';
import { startTestServer, type TestServer } from '../support/server';

// The transaction rides with the request (src/db/transactions.ts): repositories take no manager,
// and a run inside a run joins it. On the embedded database (one session) a second connection
// inside a transaction would wait forever: these tests would time out instead of passing.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const app = () => server.irm.app;
let n = 0;
const newOffice = (): Partial<Office> => ({
  code: `TX-TEST-${process.pid}-${++n}`,
  name: 'Transaction test office',
  kind: OfficeKind.CENTRAL_STATE_BODY,
  level: OfficeLevel.CENTRAL,
});

class Rollback extends Error {}

describe('Transactions.run', () => {
  it('gives repositories the transaction inside a run and the data source outside', async () => {
    expect(app().db.manager).toBe(app().dataSource.manager);
    await app().transactions.run(null, async () => {
      expect(app().db.manager).not.toBe(app().dataSource.manager);
      expect(app().db.manager.queryRunner?.isTransactionActive).toBe(true);
    });
    expect(app().db.manager).toBe(app().dataSource.manager);
  });

  it('joins the active transaction from a nested run: the inner sees the outer writes and commits with it', async () => {
    const { outer, inner } = await app().transactions.run(null, async (uow) => {
      const outer = await app().repos.offices.insert(newOffice());
      uow.changed(OFFICE_POLICY, outer.id, ChangeAction.CREATED);
      const managerOfOuter = app().db.manager;
      const inner = await app().transactions.run(null, async (innerUow) => {
        expect(app().db.manager).toBe(managerOfOuter);
        // Uncommitted, so visible only on the outer transaction's connection.
        expect(await app().repos.offices.findById(outer.id)).not.toBeNull();
        const office = await app().repos.offices.insert(newOffice());
        innerUow.changed(OFFICE_POLICY, office.id, ChangeAction.CREATED);
        return office;
      });
      return { outer, inner };
    });
    expect(await app().repos.offices.findById(outer.id)).not.toBeNull();
    expect(await app().repos.offices.findById(inner.id)).not.toBeNull();
    expect((await changesOf(server, inner.id, 'OFFICE')).map((c) => c.action)).toEqual(['CREATED']);
  }, 20_000);

  it('undoes the inner run, its rows and its change events, when the outer rolls back', async () => {
    let outerId = '';
    let innerId = '';
    await expect(
      app().transactions.run(null, async (uow) => {
        outerId = (await app().repos.offices.insert(newOffice())).id;
        uow.changed(OFFICE_POLICY, outerId, ChangeAction.CREATED);
        await app().transactions.run(null, async (innerUow) => {
          innerId = (await app().repos.offices.insert(newOffice())).id;
          innerUow.changed(OFFICE_POLICY, innerId, ChangeAction.CREATED);
        });
        throw new Rollback('after the inner run completed');
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(innerId).not.toBe('');
    expect(await app().repos.offices.findById(outerId)).toBeNull();
    expect(await app().repos.offices.findById(innerId)).toBeNull();
    expect(await changesOf(server, innerId, 'OFFICE')).toEqual([]);
  }, 20_000);

  it('rolls the outer back when the inner run fails', async () => {
    let outerId = '';
    await expect(
      app().transactions.run(null, async () => {
        outerId = (await app().repos.offices.insert(newOffice())).id;
        await app().transactions.run(null, () => Promise.reject(new Rollback('inner')));
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await app().repos.offices.findById(outerId)).toBeNull();
  }, 20_000);

  it('lets work left running after the transaction read outside it, not on its released connection', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let later: Promise<number> | undefined;
    await app().transactions.run(null, async () => {
      later = gate.then(async () => {
        expect(app().db.manager).toBe(app().dataSource.manager);
        return (await app().repos.offices.list()).length;
      });
    });
    release();
    expect(await later).toBeGreaterThan(0);
  });
});

// Two transactions waiting on each other's rows: PostgreSQL stops one; its client gets a CONFLICT
// to retry, with nothing written, rather than an internal error (PostgreSQL only: PGlite is one session).
(process.env.TEST_DATABASE_KIND === 'postgresql' ? it : it.skip)(
  'answers a deadlock with a CONFLICT to retry, nothing written',
  async () => {
    const [a, b] = [await app().repos.offices.insert(newOffice()), await app().repos.offices.insert(newOffice())];
    const other = app().dataSource.createQueryRunner();
    const lock = (id: string) => `SELECT 1 FROM office WHERE id = '${id}' FOR UPDATE`;
    try {
      await other.startTransaction();
      await other.query(lock(a.id));
      const run = app().transactions.run(null, async () => {
        await app().db.manager.query(`UPDATE office SET name = 'Deadlock test' WHERE id = $1`, [b.id]);
        await app().db.manager.query(lock(a.id));
      });
      const outcome = run.then(
        () => null,
        (e: unknown) => e,
      );
      // The run now holds b and waits for a; taking b here closes the cycle.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const otherWait = other.query(lock(b.id));
      const error = await outcome;
      await otherWait;
      await other.commitTransaction();
      expect(error).toMatchObject({ extensions: { code: 'CONFLICT', retry: true } });
    } finally {
      await other.release();
    }
    const [row] = await app().dataSource.query(`SELECT name FROM office WHERE id = $1`, [b.id]);
    expect(row.name).toBe('Transaction test office');
  },
);
