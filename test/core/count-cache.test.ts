// Totals are served from a cache (src/common/count-cache.ts) valid until a committed write bumps
// the list's generation (migration ReadGeneration). Each kind of write that can change a total
// must leave it exact: create, an update that moves a row in or out of a filter or a scope, a
// delete, and a re-derivation of the tier and pool eligibility by the database's triggers.
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

let server: TestServer;
let nc: GraphQLClient;
let ro61: GraphQLClient;

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => server.irm.dataSource.query(text, params);

async function investorTotal(client: GraphQLClient, filter: Record<string, unknown>): Promise<number> {
  return (await client.ok(contract('InvestorLeads'), { first: 1, filter })).investors.totalCount as number;
}

async function projectTotal(client: GraphQLClient, filter: Record<string, unknown>): Promise<number> {
  return (await client.ok(contract('Projects'), { first: 1, filter })).projects.totalCount as number;
}

async function createInvestor(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  return (
    await nc.ok(contract('CreateInvestor'), {
      input: {
        origin: 'FOREIGN',
        countryCode: 'DE',
        ownership: 'PRIVATE',
        sectorCodes: ['10'],
        isAnchor: false,
        isMultinational: false,
        ...input,
      },
    })
  ).createInvestor;
}

async function createProject(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  return (
    await nc.ok(contract('CreateProject'), {
      input: {
        title: 'Count cache project',
        kind: 'NEW',
        stage: 'PREPARATION',
        sectorCode: '10',
        regionCode: 'KZ-75',
        isPublicPrivatePartnership: false,
        ...input,
      },
    })
  ).createProject;
}

beforeAll(async () => {
  server = await startTestServer();
  nc = await server.as('NC-KI');
  ro61 = await server.as('RO-KZ-61');
});
afterAll(() => server.stop());

it('serves a repeated total from the cache (a write that bumps no generation is not seen)', async () => {
  const inv = await createInvestor({ name: 'Cachetest Ormanbek GmbH', status: 'LEAD' });
  const filter = { search: 'Ormanbek', status: 'LEAD' };
  expect(await investorTotal(nc, filter)).toBe(1);
  // Behind the cache's back: the generation trigger switched off for one write.
  await sql(`ALTER TABLE investor DISABLE TRIGGER investor_read_generation`);
  try {
    await sql(`UPDATE investor SET status = 'LOST' WHERE id = $1`, [inv.id]);
    expect(await investorTotal(nc, filter)).toBe(1);
    await sql(`UPDATE investor SET status = 'LEAD' WHERE id = $1`, [inv.id]);
  } finally {
    await sql(`ALTER TABLE investor ENABLE TRIGGER investor_read_generation`);
  }
});

it('investors: exact after a create and after updates moving a row out of and into a filter', async () => {
  const filter = { search: 'Zhanatas', status: 'LEAD' };
  const other = { search: 'Zhanatas', status: 'ENGAGED' };
  expect(await investorTotal(nc, filter)).toBe(0);
  expect(await investorTotal(nc, other)).toBe(0);
  const a = await createInvestor({ name: 'Zhanatas Alpha AG', status: 'LEAD' });
  await createInvestor({ name: 'Zhanatas Beta AG', status: 'LEAD' });
  expect(await investorTotal(nc, filter)).toBe(2);
  const moved = await nc.ok(contract('UpdateInvestor'), { id: a.id, expectedVersion: a.version, input: { status: 'ENGAGED' } });
  expect(await investorTotal(nc, filter)).toBe(1);
  expect(await investorTotal(nc, other)).toBe(1);
  await nc.ok(contract('UpdateInvestor'), { id: a.id, expectedVersion: moved.updateInvestor.version, input: { status: 'LEAD' } });
  expect(await investorTotal(nc, filter)).toBe(2);
  expect(await investorTotal(nc, other)).toBe(0);
});

it('investors: exact after their sectors change (a write to investor_sector only)', async () => {
  const filter = { search: 'Kentau', sectorCode: '20' };
  const a = await createInvestor({ name: 'Kentau Chemie GmbH', sectorCodes: ['10'] });
  expect(await investorTotal(nc, filter)).toBe(0);
  await nc.ok(contract('UpdateInvestor'), { id: a.id, expectedVersion: a.version, input: { sectorCodes: ['10', '20'] } });
  expect(await investorTotal(nc, filter)).toBe(1);
});

it("investors: a regional office's total follows projects moving into and out of its region", async () => {
  const filter = { search: 'Shardara' };
  const a = await createInvestor({ name: 'Shardara Holding GmbH' });
  expect(await investorTotal(ro61, filter)).toBe(0);
  const p = await createProject({ regionCode: 'KZ-61', initiatorId: a.id, investmentVolumeKzt: '1000000.00' });
  expect(await investorTotal(ro61, filter)).toBe(1);
  await nc.ok(contract('UpdateProject'), { id: p.id, expectedVersion: p.version, input: { regionCode: 'KZ-75' } });
  expect(await investorTotal(ro61, filter)).toBe(0);
});

it('projects: exact after a create, an update out of a scope, and a delete', async () => {
  const initiator = await createInvestor({ name: 'Baikonyr Count GmbH' });
  const filter = { initiatorId: initiator.id };
  expect(await projectTotal(ro61, filter)).toBe(0);
  const p = await createProject({ regionCode: 'KZ-61', initiatorId: initiator.id, investmentVolumeKzt: '1000000.00' });
  await createProject({ regionCode: 'KZ-61', initiatorId: initiator.id, investmentVolumeKzt: '2000000.00' });
  expect(await projectTotal(ro61, filter)).toBe(2);
  expect(await projectTotal(nc, filter)).toBe(2);
  await nc.ok(contract('UpdateProject'), { id: p.id, expectedVersion: p.version, input: { regionCode: 'KZ-75' } });
  expect(await projectTotal(ro61, filter)).toBe(1);
  expect(await projectTotal(nc, filter)).toBe(2);
  // No mutation deletes a project; a delete made in SQL must be seen all the same.
  await sql(`DELETE FROM project WHERE id = $1`, [p.id]);
  expect(await projectTotal(nc, filter)).toBe(1);
});

it('projects: exact after the database re-derives tier and pool eligibility (MCI change, initiator ownership)', async () => {
  const initiator = await createInvestor({ name: 'Tier Rederive GmbH', ownership: 'PRIVATE' });
  // Exactly the Task Force threshold with the 2026 MCI of 4325 (7,500,000 MCI).
  await createProject({ initiatorId: initiator.id, investmentVolumeKzt: '32437500000.00', assessedOn: '2026-03-02' });
  const taskForce = { initiatorId: initiator.id, supportTier: 'TASK_FORCE' };
  const eligible = { initiatorId: initiator.id, poolEligible: true };
  expect(await projectTotal(nc, taskForce)).toBe(1);
  expect(await projectTotal(nc, eligible)).toBe(1);

  // A higher MCI: the same volume falls below the threshold; the trigger rewrites the rows.
  await sql(`UPDATE mci_rate SET value_kzt = 4326 WHERE valid_from = '2026-01-01' AND purpose = 'GENERAL'`);
  try {
    expect(await projectTotal(nc, taskForce)).toBe(0);
  } finally {
    await sql(`UPDATE mci_rate SET value_kzt = 4325 WHERE valid_from = '2026-01-01' AND purpose = 'GENERAL'`);
  }
  expect(await projectTotal(nc, taskForce)).toBe(1);

  // State ownership of the initiator takes its projects out of the unified pool (paragraph 2.8-1).
  await nc.ok(contract('UpdateInvestor'), { id: initiator.id, expectedVersion: initiator.version, input: { ownership: 'STATE' } });
  expect(await projectTotal(nc, eligible)).toBe(0);
  const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM project WHERE initiator_id = $1 AND pool_eligible`, [initiator.id]);
  expect(Number(n)).toBe(0);
});

it('a rolled-back write leaves the generation as it was', async () => {
  const [before] = await sql<{ value: string }>(`SELECT value::text FROM read_generation WHERE kind = 'investor'`);
  await expect(
    server.irm.dataSource.transaction(async (m) => {
      await m.query(`UPDATE investor SET notes = notes WHERE false`);
      await m.query(`UPDATE investor SET notes = 'x' WHERE id = (SELECT id FROM investor LIMIT 1)`);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  const [after] = await sql<{ value: string }>(`SELECT value::text FROM read_generation WHERE kind = 'investor'`);
  expect(after.value).toBe(before.value);
});
