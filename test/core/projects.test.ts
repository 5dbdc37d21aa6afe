import { changesOf } from '../support/change-events';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

let server: TestServer;
let nc: GraphQLClient;
let almatyRo: GraphQLClient;

const base = { kind: 'NEW', stage: 'PREPARATION', sectorCode: '10', regionCode: 'KZ-75', isPublicPrivatePartnership: false };

async function create(client: GraphQLClient, input: Record<string, unknown>) {
  return (await client.ok(contract('CreateProject'), { input: { title: 'Test project', ...base, ...input } })).createProject;
}

beforeAll(async () => {
  server = await startTestServer();
  nc = await server.as('NC-KI');
  almatyRo = await server.as('RO-KZ-75');
});
afterAll(() => server.stop());

describe('support tier (paragraph 5) by volume in MCI on the assessment date', () => {
  it.each([
    ['648749999.99', 'REGIONAL_ORGANIZATION', '149999.99'],
    ['648750000.00', 'NATIONAL_COMPANY', '150000.00'],
    ['32437499999.99', 'NATIONAL_COMPANY', '7499999.99'],
    ['32437500000.00', 'TASK_FORCE', '7500000.00'],
  ])('%s KZT on 2026-03-02 (MCI 4325) is %s', async (volume, tier, mci) => {
    const p = await create(nc, { investmentVolumeKzt: volume, assessedOn: '2026-03-02' });
    expect(p).toMatchObject({ supportTier: tier, volumeMci: mci, investmentVolumeKzt: volume });
    const office = { TASK_FORCE: 'TF-KI', NATIONAL_COMPANY: 'NC-KI', REGIONAL_ORGANIZATION: 'RO-KZ-75' }[tier];
    expect(p.responsibleOffice.code).toBe(office);
  });

  it('judges the same volume by the MCI in force on each date, and follows an edit of the date', async () => {
    const in2025 = await create(nc, { investmentVolumeKzt: '600000000.00', assessedOn: '2025-06-01' });
    const in2026 = await create(nc, { investmentVolumeKzt: '600000000.00', assessedOn: '2026-06-01' });
    expect(in2025).toMatchObject({ supportTier: 'NATIONAL_COMPANY', volumeMci: '152594.09' });
    expect(in2026).toMatchObject({ supportTier: 'REGIONAL_ORGANIZATION', volumeMci: '138728.32' });
    const moved = await nc.ok(contract('UpdateProject'), {
      id: in2025.id,
      expectedVersion: in2025.version,
      input: { assessedOn: '2026-06-01' },
    });
    expect(moved.updateProject).toMatchObject({ supportTier: 'REGIONAL_ORGANIZATION', version: in2025.version + 1 });
  });

  it('defaults assessedOn to today in Asia/Almaty', async () => {
    const p = await create(nc, { investmentVolumeKzt: '1000000.00' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
    expect(p.assessedOn).toBe(today);
  });
});

describe('unified pool eligibility (paragraph 2.8-1)', () => {
  let privateInvestor: string;
  let stateInvestor: string;

  beforeAll(async () => {
    const mk = async (ownership: string) =>
      (
        await nc.ok(contract('CreateInvestor'), {
          input: {
            name: `Pool test ${ownership}`,
            origin: 'DOMESTIC',
            countryCode: 'KZ',
            ownership,
            sectorCodes: ['10'],
            isAnchor: false,
            isMultinational: false,
          },
        })
      ).createInvestor.id as string;
    privateInvestor = await mk('PRIVATE');
    stateInvestor = await mk('STATE');
  });

  it('is eligible for a private, non-resource project over KZT 500 million', async () => {
    const p = await create(nc, { investmentVolumeKzt: '500000000.01', initiatorId: privateInvestor });
    expect(p.poolEligibility).toEqual({ eligible: true, reasons: [] });
  });

  it('lists every failed condition', async () => {
    const p = await create(nc, { investmentVolumeKzt: '500000000.00', sectorCode: '06', stage: 'CANCELLED' });
    expect(p.poolEligibility.eligible).toBe(false);
    expect([...p.poolEligibility.reasons].sort()).toEqual([
      'CANCELLED',
      'NOT_PRIVATE_INITIATIVE',
      'RESOURCE_SECTOR',
      'VOLUME_NOT_OVER_500M',
    ]);
    const state = await create(nc, { investmentVolumeKzt: '900000000.00', initiatorId: stateInvestor });
    expect(state.poolEligibility.reasons).toEqual(['NOT_PRIVATE_INITIATIVE']);
  });

  it("follows the stored facts: the initiator's ownership and the sector's resource flag", async () => {
    const { createInvestor: inv } = await nc.ok(contract('CreateInvestor'), {
      input: { name: 'Ownership flip', origin: 'DOMESTIC', countryCode: 'KZ', sectorCodes: [], isAnchor: false, isMultinational: false },
    });
    const p = await create(nc, { investmentVolumeKzt: '800000000.00', initiatorId: inv.id, sectorCode: '22' });
    expect(p.poolEligibility.eligible).toBe(true);
    await nc.ok(contract('UpdateInvestor'), { id: inv.id, expectedVersion: inv.version, input: { ownership: 'STATE' } });
    expect((await nc.ok(contract('Project'), { id: p.id })).project.poolEligibility.reasons).toEqual(['NOT_PRIVATE_INITIATIVE']);
    // What the database re-derived is a change of the project too, in the change log (issue 8).
    const projectChanges = async () => (await changesOf(server, p.id)).map((c) => [c.action, c.changed_fields]);
    expect(await projectChanges()).toEqual([
      ['CREATED', []],
      ['UPDATED', ['poolEligible', 'poolReasons']],
    ]);
    const admin = await server.as('AB-MFA', 'ADMIN');
    const setResource = `mutation($resource: Boolean!) { setSectorResource(code: "22", resource: $resource) { resource } }`;
    await admin.ok(setResource, { resource: true });
    try {
      expect((await nc.ok(contract('Project'), { id: p.id })).project.poolEligibility.reasons).toEqual([
        'RESOURCE_SECTOR',
        'NOT_PRIVATE_INITIATIVE',
      ]);
      expect((await projectChanges()).at(-1)).toEqual(['UPDATED', ['poolReasons']]);
    } finally {
      await admin.ok(setResource, { resource: false });
    }
    expect((await projectChanges()).length).toBe(4);
    expect(await nc.fails(setResource, { resource: true })).toBe('FORBIDDEN');
  });

  it('filters on eligibility and tier in the list', async () => {
    const { projects } = await nc.ok(contract('Projects'), { first: 100, filter: { poolEligible: false, supportTier: 'TASK_FORCE' } });
    expect(projects.edges.length).toBeGreaterThan(0);
    for (const { node } of projects.edges) {
      expect(node.supportTier).toBe('TASK_FORCE');
      expect(node.poolEligibility.eligible).toBe(false);
    }
  });
});

describe('project permissions', () => {
  it('lets the regional organization write its region-tier projects only', async () => {
    const small = await create(almatyRo, { investmentVolumeKzt: '100000000.00' });
    expect(small.responsibleOffice.code).toBe('RO-KZ-75');
    expect(
      await almatyRo.fails(contract('CreateProject'), { input: { title: 'Too big', ...base, investmentVolumeKzt: '5000000000.00' } }),
    ).toBe('FORBIDDEN');
    const shymkent = await server.as('RO-KZ-61');
    // Another region's project is out of its scope: it looks absent (issue 7, defect 8).
    expect(
      await shymkent.fails(contract('UpdateProject'), { id: small.id, expectedVersion: small.version, input: { stage: 'IMPLEMENTATION' } }),
    ).toBe('NOT_FOUND');
    const viewer = await server.as('NC-KI', 'VIEWER');
    expect(
      await viewer.fails(contract('UpdateProject'), { id: small.id, expectedVersion: small.version, input: { stage: 'IMPLEMENTATION' } }),
    ).toBe('FORBIDDEN');
    const after = await nc.ok(contract('Project'), { id: small.id });
    expect(after.project).toMatchObject({ stage: 'PREPARATION', version: small.version });
  });

  it('shows a regional office only its region and a service provider nothing', async () => {
    const { projects } = await almatyRo.ok(contract('Projects'), { first: 100 });
    expect(projects.totalCount).toBeGreaterThan(0);
    expect(new Set(projects.edges.map((e: { node: { region: { code: string } } }) => e.node.region.code))).toEqual(new Set(['KZ-75']));
    const provider = await server.as('SP-VISA');
    expect(await provider.fails(contract('Projects'), { first: 5 })).toBe('FORBIDDEN');
  });

  it('rejects a stale version with CONFLICT and changes nothing', async () => {
    const p = await create(nc, { investmentVolumeKzt: '700000000.00' });
    await nc.ok(contract('UpdateProject'), { id: p.id, expectedVersion: p.version, input: { stage: 'IMPLEMENTATION' } });
    expect(await nc.fails(contract('UpdateProject'), { id: p.id, expectedVersion: p.version, input: { stage: 'SUSPENDED' } })).toBe(
      'CONFLICT',
    );
    expect((await nc.ok(contract('Project'), { id: p.id })).project.stage).toBe('IMPLEMENTATION');
  });

  it('rejects bad input clearly', async () => {
    const bad = (input: Record<string, unknown>) =>
      nc.fails(contract('CreateProject'), { input: { title: 'Bad', ...base, investmentVolumeKzt: '1.00', ...input } });
    expect(await bad({ investmentVolumeKzt: '0' })).toBe('BAD_USER_INPUT');
    expect(await bad({ investmentVolumeKzt: 'lots' })).toBe('BAD_USER_INPUT');
    expect(await bad({ sectorCode: '04' })).toBe('BAD_USER_INPUT');
    expect(await bad({ regionCode: 'KZ-99' })).toBe('BAD_USER_INPUT');
    expect(await bad({ assessedOn: '2099-01-01' })).toBe('BAD_USER_INPUT');
    expect(await bad({ initiatorId: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');
    expect(await nc.fails(contract('Project'), { id: '00000000-0000-0000-0000-000000000000' })).toBe('NOT_FOUND');
  });
});
