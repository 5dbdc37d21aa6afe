import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { briefRows } from '../../src/common/pagination';
import { Investor } from '../../src/investors/investor.entity';
import { INVESTOR_BRIEF } from '../../src/investors/investor.repository';

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
      input: {
        title: 'Solar glass plant',
        kind: 'NEW',
        stage: 'PROPOSED',
        sectorCode: '23',
        regionCode: 'KZ-75',
        investmentVolumeKzt: '90000000000.00',
        initiatorId: i.id,
      },
    });
    const seen = await almaty.ok(contract('Investor'), { id: i.id });
    expect(seen.investor.projects).toEqual([expect.objectContaining({ title: 'Solar glass plant', supportTier: 'TASK_FORCE' })]);
  });

  it('update with the expected version; a stale one is a CONFLICT that changes nothing', async () => {
    const { createInvestor: i } = await china.ok(contract('CreateInvestor'), lead('Ningbo Port Logistics'));
    const { updateInvestor } = await china.ok(contract('UpdateInvestor'), {
      id: i.id,
      expectedVersion: 1,
      input: { status: 'ENGAGED', sectorCodes: ['52'] },
    });
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
      const { investors }: { investors: Page } = await nc.ok(contract('InvestorLeads'), {
        first: 3,
        after,
        filter: { search: word.slice(0, -2) },
      });
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
    const { investors } = await nc.ok(contract('InvestorLeads'), {
      first: 100,
      filter: { origin: 'FOREIGN', countryCode: 'CN', sectorCode: '24' },
    });
    expect(investors.totalCount).toBeGreaterThan(0);
    for (const { node } of investors.edges) {
      expect(node).toMatchObject({ origin: 'FOREIGN', countryCode: 'CN' });
      expect(node.sectors.map((s: { code: string }) => s.code)).toContain('24');
    }
  });
});

describe('SQL statements per request', () => {
  it('are one per list, nested lists included, whatever the page size', async () => {
    const count = async (name: string, first: number, total = true) => {
      const query = total ? contract(name) : contract(name).replace(/^\s*totalCount\s*$/m, '');
      const res = await nc.request(query, { first });
      expect(res.errors).toBeUndefined();
      // The viewer's look-up is cached (auth/viewer-cache.ts) and at most one statement.
      expect(res.extensions!.sqlStatements! - res.extensions!.sqlStatementsInExecution!).toBeLessThanOrEqual(1);
      return res.extensions?.sqlStatementsInExecution;
    };
    // The newest investor has a project, the newest project an initiator and a site: every nested field has rows.
    const almaty = await server.as('RO-KZ-75');
    const site = { name: 'Statements zone', kind: 'INDUSTRIAL_ZONE', status: 'READY', regionCode: 'KZ-75', areaHa: '10.00' };
    const { createIndustrialSite } = await almaty.ok(contract('CreateIndustrialSite'), { input: site });
    const { createInvestor } = await china.ok(contract('CreateInvestor'), lead('Statements Counting Co'));
    await nc.ok(contract('CreateProject'), {
      input: {
        title: 'Statements plant',
        kind: 'NEW',
        stage: 'PROPOSED',
        sectorCode: '23',
        regionCode: 'KZ-75',
        investmentVolumeKzt: '1000000.00',
        initiatorId: createInvestor.id,
        siteId: createIndustrialSite.id,
      },
    });
    // Warm the caches of reference data and offices (read once per process, common/change-caches.ts).
    await count('InvestorLeads', 1);
    await count('Projects', 1);
    // One statement: the page with its total, sector codes and projects (as JSON). Sectors,
    // owner offices and the projects' regions come from the caches.
    for (const first of [50, 100]) expect(await count('InvestorLeads', first)).toBe(1);
    expect(await count('InvestorLeads', 100, false)).toBe(1);
    // One statement: the page with its total, initiators and sites (as JSON). Sectors, regions,
    // responsible offices and rule sets come from the caches.
    for (const first of [50, 100]) expect(await count('Projects', first)).toBe(1);
    expect(await count('Projects', 100, false)).toBe(1);
  });
});

describe('connections (issue 12)', () => {
  it('run without JIT on PostgreSQL: compiling a page’s plan cost more than running it', async () => {
    const [{ version, jit }] = await server.irm.dataSource.query(`SELECT version() AS version, current_setting('jit') AS jit`);
    // PGlite (the embedded default) has no JIT and ignores the setting.
    if (!/PGlite|emscripten/i.test(version)) expect(jit).toBe('off');
  });
});

describe('brief related rows (issue 12)', () => {
  it('read only the columns the selected fields need, and a field that needs more reads the full row', () => {
    const brief = briefRows(() => new Investor(), INVESTOR_BRIEF, ['__typename', 'name', 'origin']);
    expect(brief?.columns('rel_i')).toBe('rel_i.id AS "id", rel_i.name AS "name", rel_i.origin AS "origin"');
    expect(brief?.map({ id: 'i1', name: 'N', origin: 'FOREIGN' })).toEqual(
      Object.assign(new Investor(), { id: 'i1', name: 'N', origin: 'FOREIGN' }),
    );
    for (const needsMore of [['name', 'sectors'], ['createdAt'], ['contacts'], ['ownerOffice']]) {
      expect(briefRows(() => new Investor(), INVESTOR_BRIEF, needsMore)).toBeNull();
    }
  });

  it('answer as the full row does, in each reader’s scope, fragments included', async () => {
    const almaty = await server.as('RO-KZ-75');
    const briefly = `query { projects(first: 20) { edges { node { id initiator { __typename ...Who } site { id name kind status } } } } }
      fragment Who on Investor { id name origin countryCode ownership status isAnchor isMultinational version }`;
    const fully = `query { projects(first: 20) { edges { node { id
      initiator { id name origin countryCode ownership status isAnchor isMultinational version createdAt sectors { code } }
      site { id name kind status areaHa region { code } } } } } }`;
    let nested = 0;
    for (const reader of [nc, almaty, china, germany]) {
      const brief = (await reader.ok(briefly)).projects.edges;
      const full = (await reader.ok(fully)).projects.edges;
      expect(brief.map((e: { node: { id: string } }) => e.node.id)).toEqual(full.map((e: { node: { id: string } }) => e.node.id));
      brief.forEach(({ node }: { node: Record<string, Record<string, unknown> | null> }, i: number) => {
        const whole = full[i].node;
        expect(node.initiator && { ...node.initiator, __typename: undefined }).toEqual(
          whole.initiator && { ...whole.initiator, createdAt: undefined, sectors: undefined },
        );
        expect(node.site).toEqual(whole.site && { ...whole.site, areaHa: undefined, region: undefined });
        if (node.initiator) nested++;
      });
    }
    expect(nested).toBeGreaterThan(0);
  });
});

describe('nested rows read with the page (issue 12)', () => {
  it('are those the loaders read one by one, in each reader’s scope, and so are the references from the caches', async () => {
    const almaty = await server.as('RO-KZ-75');
    const site = { name: 'Scope zone', kind: 'INDUSTRIAL_ZONE', status: 'READY', regionCode: 'KZ-75', areaHa: '12.50' };
    const { createIndustrialSite } = await almaty.ok(contract('CreateIndustrialSite'), { input: site });
    const { createInvestor: german } = await germany.ok(contract('CreateInvestor'), lead('Rhein Scope Werke', { countryCode: 'DE' }));
    const project = (title: string, regionCode: string, extra: Record<string, unknown> = {}) => ({
      input: {
        title,
        kind: 'NEW',
        stage: 'PROPOSED',
        sectorCode: '23',
        regionCode,
        investmentVolumeKzt: '2000000.50',
        initiatorId: german.id,
        ...extra,
      },
    });
    await nc.ok(contract('CreateProject'), project('Scope plant Shymkent', 'KZ-61'));
    await nc.ok(contract('CreateProject'), project('Scope plant Almaty', 'KZ-75', { siteId: createIndustrialSite.id }));

    // The same fields read one by one, through the loaders (no list preloads them).
    const ONE_PROJECT = `query($id: ID!) { project(id: $id) {
      initiator { id name origin } site { id name } sector { code name resource } region { code name } responsibleOffice { id code level kind } } }`;
    const ONE_INVESTOR = `query($id: ID!) { investor(id: $id) {
      projects { id title stage investmentVolumeKzt region { code } } sectors { code name } ownerOffice { id code name level } } }`;
    type ProjectNode = {
      id: string;
      title: string;
      initiator: unknown;
      site: unknown;
      sector: unknown;
      region: unknown;
      responsibleOffice: unknown;
    };
    type InvestorNode = { id: string; name: string; projects: { title: string }[]; sectors: unknown; ownerOffice: unknown };
    for (const reader of [nc, almaty, china, germany]) {
      const { projects } = await reader.ok(contract('Projects'), { first: 15 });
      for (const { node } of projects.edges as { node: ProjectNode }[]) {
        const one = (await reader.ok(ONE_PROJECT, { id: node.id })).project;
        const { initiator, site, sector, region, responsibleOffice } = node;
        expect({ initiator, site, sector, region, responsibleOffice }).toEqual(one);
      }
      const { investors } = await reader.ok(contract('InvestorLeads'), { first: 15 });
      for (const { node } of investors.edges as { node: InvestorNode }[]) {
        const { projects: nested, sectors, ownerOffice } = node;
        expect({ projects: nested, sectors, ownerOffice }).toEqual((await reader.ok(ONE_INVESTOR, { id: node.id })).investor);
      }
    }
    // China reads every project but not a German investor: the initiator is there, and null to it.
    const { projects: seenByChina } = await china.ok(contract('Projects'), { first: 2 });
    expect(seenByChina.edges.map((e: { node: ProjectNode }) => [e.node.title, e.node.initiator, e.node.site])).toEqual([
      ['Scope plant Almaty', null, { id: createIndustrialSite.id, name: 'Scope zone' }],
      ['Scope plant Shymkent', null, null],
    ]);
    // Almaty reads the German investor (a project of its region names it), and only that project of it.
    const { investors: seenByAlmaty } = await almaty.ok(contract('InvestorLeads'), { first: 1 });
    expect(seenByAlmaty.edges[0].node).toMatchObject({
      name: 'Rhein Scope Werke',
      projects: [{ title: 'Scope plant Almaty', investmentVolumeKzt: '2000000.50' }],
    });
    const { projects: seenByAlmatyProjects } = await almaty.ok(contract('Projects'), { first: 1 });
    expect(seenByAlmatyProjects.edges[0].node).toMatchObject({
      title: 'Scope plant Almaty',
      initiator: { id: german.id },
      site: { name: 'Scope zone' },
    });
  });
});

describe('list statements kept per shape (issue 12)', () => {
  it('read what they read when first built, for every scope, filter and cursor', async () => {
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] };
    const walk = async (client: GraphQLClient, operation: 'InvestorLeads' | 'Projects', filter?: Record<string, unknown>) => {
      const ids: string[] = [];
      const totals: number[] = [];
      let after: string | null = null;
      do {
        const data: Record<string, Page> = await client.ok(contract(operation), { first: 7, after, filter });
        const page = Object.values(data)[0];
        ids.push(...page.edges.map((e) => e.node.id));
        totals.push(page.totalCount);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return { ids, totals };
    };
    const almaty = await server.as('RO-KZ-75');
    const cases: [GraphQLClient, 'InvestorLeads' | 'Projects', Record<string, unknown> | undefined][] = [
      [nc, 'InvestorLeads', undefined],
      [china, 'InvestorLeads', undefined],
      [germany, 'InvestorLeads', { origin: 'FOREIGN' }],
      [almaty, 'InvestorLeads', undefined],
      [almaty, 'InvestorLeads', { origin: 'FOREIGN', countryCode: 'CN' }],
      [nc, 'Projects', { stage: 'PROPOSED' }],
      [almaty, 'Projects', undefined],
    ];
    for (const [client, operation, filter] of cases) {
      // The first walk builds each shape's statement (first page, pages after a cursor); the second reuses them.
      const built = await walk(client, operation, filter);
      const kept = await walk(client, operation, filter);
      expect(kept).toEqual(built);
      expect(new Set(built.ids).size).toBe(built.ids.length);
      for (const total of built.totals) expect(total).toBe(built.ids.length);
    }
    // Two scopes never share a statement's values: the regional office does not read the centre's list.
    expect((await walk(almaty, 'InvestorLeads')).ids.length).toBeLessThan((await walk(nc, 'InvestorLeads')).ids.length);
  });
});
