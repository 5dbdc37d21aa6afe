// An investor's sector codes and the regions of its projects are kept on its row by the database
// (migration InvestorKeptArrays): the sector filter and a regional office's scope read them
// (issue 12). They must equal what `investor_sector` and `project` say after every kind of write,
// through IRM or in SQL, and never move the investor's version.
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

let server: TestServer;
let nc: GraphQLClient;
let shymkent: GraphQLClient;

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => server.irm.dataSource.query(text, params);

/** Investors whose kept arrays differ from the records they are kept from. */
const drifted = () =>
  sql<{ id: string }>(`
    SELECT i.id FROM investor i
    WHERE i.project_regions IS DISTINCT FROM ARRAY(SELECT DISTINCT p.region_code::text FROM project p WHERE p.initiator_id = i.id ORDER BY 1)
       OR i.sector_codes IS DISTINCT FROM ARRAY(SELECT s.sector_code::text FROM investor_sector s WHERE s.investor_id = i.id ORDER BY 1)`);

const kept = async (id: string) =>
  (
    await sql<{ project_regions: string[]; sector_codes: string[]; version: number }>(
      `SELECT project_regions, sector_codes, version FROM investor WHERE id = $1`,
      [id],
    )
  )[0]!;

async function createInvestor(name: string, sectorCodes: string[]): Promise<{ id: string; version: number }> {
  const input = { name, origin: 'FOREIGN', countryCode: 'TR', sectorCodes, isAnchor: false, isMultinational: false };
  return (await nc.ok(contract('CreateInvestor'), { input })).createInvestor;
}

async function createProject(initiatorId: string, regionCode: string): Promise<{ id: string; version: number }> {
  const input = {
    title: `Kept arrays project ${regionCode}`,
    kind: 'NEW',
    stage: 'PREPARATION',
    sectorCode: '10',
    regionCode,
    investmentVolumeKzt: '1000000.00',
    initiatorId,
  };
  return (await nc.ok(contract('CreateProject'), { input })).createProject;
}

/** Whether the regional office of Shymkent (KZ-61) finds the investor, by its id and in its sector's list. */
async function shymkentReads(id: string, sectorCode: string): Promise<[boolean, boolean]> {
  const one = (await shymkent.request(contract('Investor'), { id })).data?.investor ?? null;
  const list = await shymkent.ok(contract('InvestorLeads'), { first: 100, filter: { sectorCode, search: 'Keptarray' } });
  return [one !== null, list.investors.edges.some((e: { node: { id: string } }) => e.node.id === id)];
}

beforeAll(async () => {
  server = await startTestServer();
  nc = await server.as('NC-KI');
  shymkent = await server.as('RO-KZ-61');
});
afterAll(() => server.stop());

it('follow sector changes, projects created, moved, handed to another initiator and deleted, without moving the version', async () => {
  const a = await createInvestor('Keptarray Anadolu AS', ['20', '10']);
  const b = await createInvestor('Keptarray Bosphorus AS', ['35']);
  expect(await kept(a.id)).toEqual({ project_regions: [], sector_codes: ['10', '20'], version: 1 });
  expect(await shymkentReads(a.id, '20')).toEqual([false, false]);

  const p = await createProject(a.id, 'KZ-61');
  await createProject(a.id, 'KZ-75');
  await createProject(a.id, 'KZ-61');
  expect(await kept(a.id)).toEqual({ project_regions: ['KZ-61', 'KZ-75'], sector_codes: ['10', '20'], version: 1 });
  expect(await shymkentReads(a.id, '20')).toEqual([true, true]);
  expect(await shymkentReads(a.id, '35')).toEqual([true, false]);

  // A project moving region: one of the two in KZ-61 is left, so Shymkent still reads the investor.
  const moved = await nc.ok(contract('UpdateProject'), { id: p.id, expectedVersion: p.version, input: { regionCode: 'KZ-23' } });
  expect((await kept(a.id)).project_regions).toEqual(['KZ-23', 'KZ-61', 'KZ-75']);

  // Handed to another initiator: both investors' regions change in one write.
  await nc.ok(contract('UpdateProject'), { id: p.id, expectedVersion: moved.updateProject.version, input: { initiatorId: b.id } });
  expect((await kept(a.id)).project_regions).toEqual(['KZ-61', 'KZ-75']);
  expect((await kept(b.id)).project_regions).toEqual(['KZ-23']);

  // The version is the investor's own: projects and kept arrays never move it.
  await nc.ok(contract('UpdateInvestor'), { id: a.id, expectedVersion: a.version, input: { sectorCodes: ['35'] } });
  expect(await kept(a.id)).toEqual({ project_regions: ['KZ-61', 'KZ-75'], sector_codes: ['35'], version: 2 });
  expect(await shymkentReads(a.id, '20')).toEqual([true, false]);
  expect(await shymkentReads(a.id, '35')).toEqual([true, true]);

  // Writes made outside IRM are followed too: deletes, and a statement touching many rows.
  await sql(`DELETE FROM project WHERE initiator_id = $1 AND region_code = 'KZ-61'`, [a.id]);
  expect((await kept(a.id)).project_regions).toEqual(['KZ-75']);
  expect(await shymkentReads(a.id, '35')).toEqual([false, false]);
  await sql(`DELETE FROM investor_sector WHERE investor_id = ANY($1::uuid[])`, [[a.id, b.id]]);
  await sql(`INSERT INTO investor_sector (investor_id, sector_code) VALUES ($1, '24'), ($2, '24'), ($2, '10')`, [a.id, b.id]);
  expect((await kept(a.id)).sector_codes).toEqual(['24']);
  expect((await kept(b.id)).sector_codes).toEqual(['10', '24']);
  await sql(`UPDATE investor_sector SET sector_code = '27' WHERE investor_id = $1 AND sector_code = '24'`, [b.id]);
  expect((await kept(b.id)).sector_codes).toEqual(['10', '27']);
  await sql(`UPDATE project SET region_code = 'KZ-61' WHERE initiator_id = ANY($1::uuid[])`, [[a.id, b.id]]);
  expect((await kept(a.id)).project_regions).toEqual(['KZ-61']);
  expect((await kept(b.id)).project_regions).toEqual(['KZ-61']);

  // And every investor of the database agrees with its records.
  expect(await drifted()).toEqual([]);
});

it('are not rewritten when a statement leaves them as they were (a re-assessment of every project)', async () => {
  const a = await createInvestor('Keptarray Cappadocia AS', ['10']);
  await createProject(a.id, 'KZ-75');
  const [before] = await sql<{ xmin: string }>(`SELECT xmin::text FROM investor WHERE id = $1`, [a.id]);
  await sql(`UPDATE project SET assessed_on = assessed_on`);
  const [after] = await sql<{ xmin: string }>(`SELECT xmin::text FROM investor WHERE id = $1`, [a.id]);
  expect(after!.xmin).toBe(before!.xmin);
  expect(await drifted()).toEqual([]);
});

// Two transactions writing projects of one investor at once: the second waits for the first's
// lock on the investor, then must count the first's project too (PGlite is one session: PostgreSQL only).
(process.env.TEST_DATABASE_KIND === 'postgresql' ? it : it.skip)(
  'count the projects of a concurrent transaction that committed first',
  async () => {
    const a = await createInvestor('Keptarray Ephesus AS', ['10']);
    const insert = (region: string) =>
      `INSERT INTO project (title, kind, stage, sector_code, region_code, investment_volume_kzt, assessed_on, initiator_id)
     VALUES ('Concurrent ${region}', 'NEW', 'PREPARATION', '10', '${region}', 1000000, '2026-03-02', '${a.id}')`;
    const first = server.irm.dataSource.createQueryRunner();
    const second = server.irm.dataSource.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(insert('KZ-61'));
      const waiting = second.query(insert('KZ-75'));
      // The second is blocked on the investor's row until the first commits.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    expect((await kept(a.id)).project_regions).toEqual(['KZ-61', 'KZ-75']);
  },
);
