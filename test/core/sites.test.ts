import { contract } from '../support/contract';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('industrial sites', () => {
  const site = (extra: Record<string, unknown> = {}) => ({
    input: { name: 'Test industrial zone', kind: 'INDUSTRIAL_ZONE', status: 'READY', regionCode: 'KZ-75', areaHa: '120.50', ...extra },
  });

  it("are added by the region's front office, free area defaulting to the whole area", async () => {
    const almaty = await server.as('RO-KZ-75');
    const { createIndustrialSite } = await almaty.ok(contract('CreateIndustrialSite'), site());
    expect(createIndustrialSite).toMatchObject({ areaHa: '120.50', freeAreaHa: '120.50', region: { code: 'KZ-75' } });
    expect(await almaty.fails(contract('CreateIndustrialSite'), site({ regionCode: 'KZ-79' }))).toBe('FORBIDDEN');
    expect(await almaty.fails(contract('CreateIndustrialSite'), site({ freeAreaHa: '130' }))).toBe('BAD_USER_INPUT');
    const embassy = await server.as('EMB-CN');
    expect(await embassy.fails(contract('CreateIndustrialSite'), site())).toBe('FORBIDDEN');
  });

  it('filter by region, kind, status and free area, within the reader scope', async () => {
    const nc = await server.as('NC-KI');
    const { industrialSites } = await nc.ok(contract('IndustrialSites'), {
      first: 100,
      filter: { kind: 'SPECIAL_ECONOMIC_ZONE', minFreeAreaHa: '50' },
    });
    expect(industrialSites.totalCount).toBeGreaterThan(0);
    for (const { node } of industrialSites.edges) {
      expect(node.kind).toBe('SPECIAL_ECONOMIC_ZONE');
      expect(Number(node.freeAreaHa)).toBeGreaterThanOrEqual(50);
    }
    const shymkent = await server.as('RO-KZ-61');
    const own = await shymkent.ok(contract('IndustrialSites'), { first: 100 });
    expect(own.industrialSites.edges.every((e: { node: { region: { code: string } } }) => e.node.region.code === 'KZ-61')).toBe(true);
  });
});
