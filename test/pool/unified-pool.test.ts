import { Decimal } from 'decimal.js';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { changeEventsOf, createInvestor, createProject, type ProjectFixture } from './fixtures';

interface Entry {
  project: { id: string; title: string };
  investmentVolumeKzt: string;
  region: { code: string };
  sector: { code: string };
  stage: string;
}

let server: TestServer;
let nc: GraphQLClient;
let ab: GraphQLClient;
let almaty: GraphQLClient;
let turkistan: GraphQLClient;
let investorId: string;

beforeAll(async () => {
  server = await startTestServer();
  [nc, ab, almaty, turkistan] = await Promise.all([
    server.as('NC-KI'),
    server.as('AB-MFA', 'ADMIN'),
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
  ]);
  investorId = await createInvestor(nc);
});
afterAll(() => server.stop());

const submit = (client: GraphQLClient, year: number, quarter: number) => client.ok(contract('SubmitPoolContribution'), { year, quarter });
const form = (year: number, quarter: number) => ab.ok(contract('FormUnifiedPool'), { year, quarter });
const pool = async (client: GraphQLClient, year: number, quarter: number) =>
  (await client.ok(contract('UnifiedPool'), { year, quarter })).unifiedPool;
const sum = (values: string[]) => values.reduce((total, v) => total.plus(v), new Decimal(0)).toFixed(2);
const project = (title: string, regionCode: string, investmentVolumeKzt: string, sectorCode = '17') =>
  createProject(nc, { title, regionCode, sectorCode, investmentVolumeKzt, initiatorId: investorId });

describe('pool contributions', () => {
  let regional: ProjectFixture;
  let national: ProjectFixture;
  let small: ProjectFixture;
  let elsewhere: ProjectFixture;

  beforeAll(async () => {
    regional = await project('Almaty paper mill', 'KZ-75', '600000000.10');
    national = await project('Almaty electronics plant', 'KZ-75', '1000000000.20', '26');
    small = await project('Almaty print shop', 'KZ-75', '400000000.00');
    elsewhere = await project('Turkistan paper mill', 'KZ-61', '700000000.55');
  });

  it("snapshots the eligible projects of a regional office's region", async () => {
    expect([regional.supportTier, national.supportTier, small.eligible]).toEqual(['REGIONAL_ORGANIZATION', 'NATIONAL_COMPANY', false]);
    const { submitPoolContribution: c } = await submit(almaty, 2020, 2);
    expect(c).toMatchObject({ year: 2020, quarter: 2, office: { code: 'RO-KZ-75' } });
    const { submitPoolContribution: withEntries } = await almaty.ok(
      `mutation { submitPoolContribution(year: 2020, quarter: 2) { id projectCount totalVolumeKzt entries { project { id title } investmentVolumeKzt region { code } stage supportTier } } }`,
    );
    const ids = withEntries.entries.map((e: Entry) => e.project.id);
    expect(ids).toEqual(expect.arrayContaining([regional.id, national.id]));
    expect(ids).not.toContain(small.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(withEntries.entries.every((e: Entry) => e.region.code === 'KZ-75')).toBe(true);
    expect(withEntries.projectCount).toBe(ids.length);
    expect(withEntries.totalVolumeKzt).toBe(sum(withEntries.entries.map((e: Entry) => e.investmentVolumeKzt)));
  });

  it('replaces the earlier contribution on re-submission, with the projects as they stand then', async () => {
    const { submitPoolContribution: first } = await submit(almaty, 2020, 1);
    const { updateProject } = await nc.ok(contract('UpdateProject'), {
      id: regional.id,
      expectedVersion: regional.version,
      input: { title: 'Almaty paper mill II' },
    });
    regional.version = updateProject.version;
    const added = await project('Almaty cardboard plant', 'KZ-75', '900000000.00');
    const { submitPoolContribution: again } = await almaty.ok(
      `mutation { submitPoolContribution(year: 2020, quarter: 1) { id projectCount submittedAt entries { project { id title } } } }`,
    );
    expect(again.id).toBe(first.id);
    expect(again.projectCount).toBe(first.projectCount + 1);
    expect(again.entries).toEqual(
      expect.arrayContaining([
        { project: { id: regional.id, title: 'Almaty paper mill II' } },
        { project: { id: added.id, title: 'Almaty cardboard plant' } },
      ]),
    );
    const events = await changeEventsOf(first.id);
    expect(events.map((e) => [e.entity, e.action, e.region_code])).toEqual([
      ['POOL_CONTRIBUTION', 'CREATED', 'KZ-75'],
      ['POOL_CONTRIBUTION', 'UPDATED', 'KZ-75'],
    ]);
    // The contributing office and the authorized body hear of it.
    expect([...events[0].audience].sort()).toEqual([`office:${first.office.id}`, 'kind:AUTHORIZED_BODY'].sort());
  });

  it("has the National Company list the projects of its and the Task Force's tier, from every region", async () => {
    const { submitPoolContribution: c } = await nc.ok(
      `mutation { submitPoolContribution(year: 2020, quarter: 2) { office { code } entries { project { id } supportTier } } }`,
    );
    const ids = c.entries.map((e: { project: { id: string } }) => e.project.id);
    expect(ids).toEqual(expect.arrayContaining([national.id, elsewhere.id]));
    expect(ids).not.toContain(regional.id);
    expect(new Set(c.entries.map((e: { supportTier: string }) => e.supportTier))).not.toContain('REGIONAL_ORGANIZATION');
  });

  it('refuses a quarter that is not 1-4 or a year out of range', async () => {
    const op = contract('SubmitPoolContribution');
    for (const [year, quarter] of [
      [2020, 0],
      [2020, 5],
      [2018, 1],
      [new Date().getFullYear() + 2, 1],
    ]) {
      expect(await almaty.fails(op, { year, quarter })).toBe('BAD_USER_INPUT');
    }
  });

  it('lets only regional front offices and the National Company contribute', async () => {
    const op = contract('SubmitPoolContribution');
    for (const [office, role] of [
      ['AB-MFA', 'ADMIN'],
      ['TF-KI', 'OFFICER'],
      ['EMB-CN', 'OFFICER'],
      ['SP-VISA', 'OFFICER'],
      ['NC-KI', 'VIEWER'],
    ]) {
      expect(await (await server.as(office, role)).fails(op, { year: 2020, quarter: 2 })).toBe('FORBIDDEN');
    }
    expect(await server.anonymous.fails(op, { year: 2020, quarter: 2 })).toBe('UNAUTHENTICATED');
  });
});

describe('the unified pool', () => {
  let almatyMill: ProjectFixture;
  let almatyPlant: ProjectFixture;
  let turkistanMill: ProjectFixture;

  beforeAll(async () => {
    almatyMill = await project('Almaty tissue mill', 'KZ-75', '510000000.01');
    almatyPlant = await project('Almaty chip plant', 'KZ-75', '2000000000.02', '26');
    turkistanMill = await project('Turkistan tissue mill', 'KZ-61', '650000000.03');
    await submit(almaty, 2020, 3);
    await submit(turkistan, 2020, 3);
    await submit(nc, 2020, 3);
  });

  it('forms the pool with each project once and lists the regional organizations that did not contribute', async () => {
    const { formUnifiedPool: formed } = await form(2020, 3);
    const p = await pool(nc, 2020, 3);
    const ids: string[] = p.entries.map((e: Entry) => e.project.id);
    expect(ids).toEqual(expect.arrayContaining([almatyMill.id, almatyPlant.id, turkistanMill.id]));
    // The chip plant and the Turkistan mill are in both a regional office's and the National Company's list.
    expect(new Set(ids).size).toBe(ids.length);
    expect(formed.projectCount).toBe(ids.length);
    const missing = formed.missingContributions.map((o: { code: string }) => o.code);
    expect(missing).toEqual(expect.arrayContaining(['RO-KZ-71', 'RO-KZ-79']));
    expect(missing).not.toContain('RO-KZ-75');
    expect(missing).not.toContain('RO-KZ-61');
    expect(missing).not.toContain('NC-KI');
    const [event] = await changeEventsOf(formed.id);
    expect(event).toMatchObject({ entity: 'UNIFIED_POOL', action: 'CREATED' });
    expect([...event.audience].sort()).toEqual(['kind:AUTHORIZED_BODY', 'kind:NATIONAL_COMPANY', 'kind:TASK_FORCE']);
  });

  it('totals by region and sector exactly, in SQL', async () => {
    const p = await pool(ab, 2020, 3);
    const entries: Entry[] = p.entries;
    expect(p.totalVolumeKzt).toBe(sum(entries.map((e) => e.investmentVolumeKzt)));
    for (const r of p.byRegion) {
      const mine = entries.filter((e) => e.region.code === r.region.code);
      expect(r).toEqual({ region: r.region, projectCount: mine.length, totalVolumeKzt: sum(mine.map((e) => e.investmentVolumeKzt)) });
    }
    for (const s of p.bySector) {
      const mine = entries.filter((e) => e.sector.code === s.sector.code);
      expect(s).toEqual({ sector: s.sector, projectCount: mine.length, totalVolumeKzt: sum(mine.map((e) => e.investmentVolumeKzt)) });
    }
    expect(p.byRegion.reduce((n: number, r: { projectCount: number }) => n + r.projectCount, 0)).toBe(p.projectCount);
    expect(entries.find((e) => e.project.id === turkistanMill.id)).toMatchObject({
      investmentVolumeKzt: '650000000.03',
      region: { code: 'KZ-61' },
      sector: { code: '17' },
    });
  });

  it('keeps a formed pool as listed when a project changes later, even when formed again', async () => {
    await nc.ok(contract('UpdateProject'), {
      id: almatyMill.id,
      expectedVersion: almatyMill.version,
      input: { title: 'Renamed tissue mill', investmentVolumeKzt: '520000000.00', stage: 'IMPLEMENTATION' },
    });
    const before = (await pool(ab, 2020, 3)).entries.find((e: Entry) => e.project.id === almatyMill.id);
    expect(before).toMatchObject({ project: { title: 'Almaty tissue mill' }, investmentVolumeKzt: '510000000.01', stage: 'PREPARATION' });
    await form(2020, 3);
    expect((await pool(ab, 2020, 3)).entries.find((e: Entry) => e.project.id === almatyMill.id)).toEqual(before);
    // A new contribution brings the change in.
    await submit(almaty, 2020, 3);
    await form(2020, 3);
    const after = (await pool(ab, 2020, 3)).entries.find((e: Entry) => e.project.id === almatyMill.id);
    expect(after).toMatchObject({
      project: { title: 'Renamed tissue mill' },
      investmentVolumeKzt: '520000000.00',
      stage: 'IMPLEMENTATION',
    });
  });

  it('is formed only by the authorized body and read by it, the National Company and the Task Force', async () => {
    const formOp = contract('FormUnifiedPool');
    for (const client of [nc, almaty, await server.as('TF-KI'), await server.as('NC-KI', 'VIEWER')]) {
      expect(await client.fails(formOp, { year: 2020, quarter: 3 })).toBe('FORBIDDEN');
    }
    for (const client of [ab, nc, await server.as('TF-KI'), await server.as('NC-KI', 'VIEWER')]) {
      expect((await pool(client, 2020, 3)).year).toBe(2020);
    }
    const readOp = contract('UnifiedPool');
    for (const client of [almaty, await server.as('EMB-CN'), await server.as('SP-VISA')]) {
      expect(await client.fails(readOp, { year: 2020, quarter: 3 })).toBe('FORBIDDEN');
    }
    expect(await server.anonymous.fails(readOp, { year: 2020, quarter: 3 })).toBe('UNAUTHENTICATED');
  });

  it('is NOT_FOUND until formed, and refuses a bad quarter', async () => {
    expect(await ab.fails(contract('UnifiedPool'), { year: 2020, quarter: 4 })).toBe('NOT_FOUND');
    expect(await ab.fails(contract('FormUnifiedPool'), { year: 2020, quarter: 9 })).toBe('BAD_USER_INPUT');
  });

  it('forms an empty pool when no one contributed, with every regional organization missing', async () => {
    const { formUnifiedPool: empty } = await form(2019, 1);
    expect(empty).toMatchObject({ projectCount: 0, totalVolumeKzt: '0.00' });
    expect(empty.missingContributions.map((o: { code: string }) => o.code)).toEqual(
      expect.arrayContaining(['RO-KZ-75', 'RO-KZ-61', 'RO-KZ-71']),
    );
  });
});
