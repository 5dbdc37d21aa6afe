import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

let server: TestServer;
let china: GraphQLClient;
let germany: GraphQLClient;
let nc: GraphQLClient;

const lead = (name: string, extra: Record<string, unknown> = {}) => ({
  input: { name, origin: 'FOREIGN', countryCode: 'CN', sectorCodes: ['24', '27'], isAnchor: true, isMultinational: false, ...extra },
});

beforeAll(async () => {
  server = await startTestServer();
  [china, germany, nc] = await Promise.all([server.as('EMB-CN'), server.as('EMB-DE'), server.as('NC-KI')]);
});
afterAll(() => server.stop());

describe('investors', () => {
  it("are created for the caller's office with defaults", async () => {
    const { createInvestor } = await china.ok(contract('CreateInvestor'), lead('Sino Copper Smelting Group'));
    expect(createInvestor).toMatchObject({ status: 'LEAD', isAnchor: true, version: 1, ownerOffice: { code: 'EMB-CN' } });
    expect(createInvestor.sectors.map((s: { code: string }) => s.code)).toEqual(['24', '27']);
  });

  it('are read by the host-country embassy, the owner and the centre, not by another embassy', async () => {
    const { createInvestor: i } = await china.ok(contract('CreateInvestor'), lead('Hubei Cable Works'));
    expect((await nc.ok(contract('Investor'), { id: i.id })).investor.name).toBe('Hubei Cable Works');
    expect(await germany.fails(contract('Investor'), { id: i.id })).toBe('NOT_FOUND');
    // Out of scope looks absent (issue 7, defect 8).
    expect(await germany.fails(contract('UpdateInvestor'), { id: i.id, expectedVersion: 1, input: { status: 'LOST' } })).toBe('NOT_FOUND');
    const { investors } = await germany.ok(contract('InvestorLeads'), { first: 100 });
    for (const { node } of investors.edges) expect(node.countryCode === 'DE' || node.ownerOffice.code === 'EMB-DE').toBe(true);
  });

  it('become visible to a regional office once they initiate a project in its region', async () => {
    const almaty = await server.as('RO-KZ-75');
    const { createInvestor: i } = await china.ok(contract('CreateInvestor'), lead('Jiangsu Solar Glass'));
    expect(await almaty.fails(contract('Investor'), { id: i.id })).toBe('NOT_FOUND');
    await nc.ok(contract('CreateProject'), {
      input: { title: 'Solar glass plant', kind: 'NEW', stage: 'PROPOSED', sectorCode: '23', regionCode: 'KZ-75', investmentVolumeKzt: '90000000000.00', initiatorId: i.id },
    });
    const seen = await almaty.ok(contract('Investor'), { id: i.id });
    expect(seen.investor.projects).toEqual([expect.objectContaining({ title: 'Solar glass plant', supportTier: 'TASK_FORCE' })]);
  });

  it('update with the expected version; a stale one is a CONFLICT that changes nothing', async () => {
    const { createInvestor: i } = await china.ok(contract('CreateInvestor'), lead('Ningbo Port Logistics'));
    const { updateInvestor } = await china.ok(contract('UpdateInvestor'), { id: i.id, expectedVersion: 1, input: { status: 'ENGAGED', sectorCodes: ['52'] } });
    expect(updateInvestor).toMatchObject({ status: 'ENGAGED', version: 2 });
    expect(await china.fails(contract('UpdateInvestor'), { id: i.id, expectedVersion: 1, input: { status: 'LOST' } })).toBe('CONFLICT');
    const after = (await china.ok(contract('Investor'), { id: i.id })).investor;
    expect(after).toMatchObject({ status: 'ENGAGED', version: 2, sectors: [{ code: '52' }] });
  });

  it('are never written by a VIEWER and reject bad input', async () => {
    const viewer = await server.as('NC-KI', 'VIEWER');
    expect(await viewer.fails(contract('CreateInvestor'), lead('Viewer Co'))).toBe('FORBIDDEN');
    expect(await china.fails(contract('CreateInvestor'), lead('Bad origin', { origin: 'DOMESTIC' }))).toBe('BAD_USER_INPUT');
    expect(await china.fails(contract('CreateInvestor'), lead('Bad country', { countryCode: 'XX' }))).toBe('BAD_USER_INPUT');
    expect(await china.fails(contract('CreateInvestor'), lead('Bad sector', { sectorCodes: ['04'] }))).toBe('BAD_USER_INPUT');
    expect(await china.fails(contract('CreateInvestor'), lead('', {}))).toBe('BAD_USER_INPUT');
    expect(await china.fails(contract('CreateInvestor'), lead('Other office', { ownerOfficeId: randomUUID() }))).toBe('FORBIDDEN');
  });

  it('page by keyset cursors with full-text search, newest first, and refuse a bad cursor', async () => {
    const word = `Zhetysu${Date.now().toString(36)}`;
    for (let n = 0; n < 7; n++) await china.ok(contract('CreateInvestor'), lead(`${word} Trading ${n}`));
    const seen: string[] = [];
    let after: string | null = null;
    const pages: number[] = [];
    for (;;) {
      type Page = { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      const { investors }: { investors: Page } = await nc.ok(contract('InvestorLeads'), { first: 3, after, filter: { search: word.slice(0, -2) } });
      expect(investors.totalCount).toBe(7);
      pages.push(investors.edges.length);
      seen.push(...investors.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!investors.pageInfo.hasNextPage) break;
      after = investors.pageInfo.endCursor;
    }
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((n) => `${word} Trading ${n}`));
    expect(await nc.fails(contract('InvestorLeads'), { first: 3, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(contract('InvestorLeads'), { first: 101 })).toBe('BAD_USER_INPUT');
  });

  it('filter by origin, country, status, sector and owner office', async () => {
    const { investors } = await nc.ok(contract('InvestorLeads'), { first: 100, filter: { origin: 'FOREIGN', countryCode: 'CN', sectorCode: '24' } });
    expect(investors.totalCount).toBeGreaterThan(0);
    for (const { node } of investors.edges) {
      expect(node).toMatchObject({ origin: 'FOREIGN', countryCode: 'CN' });
      expect(node.sectors.map((s: { code: string }) => s.code)).toContain('24');
    }
  });
});

describe('SQL statements per request', () => {
  it('do not grow with the page size (one statement per nested field)', async () => {
    const count = async (name: string, first: number) => {
      const res = await nc.request(contract(name), { first });
      expect(res.errors).toBeUndefined();
      return res.extensions?.sqlStatements;
    };
    // At most: viewer, page, count, sectors, owner offices, projects, projects' regions.
    // (A field whose rows are all empty on a page costs nothing, so small pages may cost less.)
    expect(await count('InvestorLeads', 50)).toBeLessThanOrEqual(7);
    expect(await count('InvestorLeads', 100)).toBeLessThanOrEqual(7);
    // At most: viewer, page, count, sectors, regions, responsible offices, initiators, sites.
    expect(await count('Projects', 50)).toBeLessThanOrEqual(8);
    expect(await count('Projects', 100)).toBeLessThanOrEqual(8);
  });
});
