import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

let server: TestServer;
let nc: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  nc = await server.as('NC-KI');
});
afterAll(() => server.stop());

describe('reference data', () => {
  it('has the 17 regions and 3 cities with their names in three languages', async () => {
    const { regions } = await nc.ok(contract('Regions'));
    expect(regions).toHaveLength(20);
    expect(
      regions
        .filter((r: { kind: string }) => r.kind === 'CITY')
        .map((r: { code: string }) => r.code)
        .sort(),
    ).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
    expect(regions.find((r: { code: string }) => r.code === 'KZ-75')).toMatchObject({ nameKk: 'Алматы қаласы', nameRu: 'город Алматы' });
  });

  it('marks exactly the mining and quarrying divisions (section B) as resource sectors', async () => {
    const { sectors } = await nc.ok(contract('Sectors'));
    const resource = sectors.filter((s: { resource: boolean }) => s.resource).map((s: { code: string }) => s.code);
    expect(resource).toEqual(['05', '06', '07', '08', '09']);
    expect(sectors.length).toBeGreaterThan(80);
  });

  it('gives the general MCI in force on a day, not the social-payments one', async () => {
    const q = contract('MonthlyCalculatedIndicator');
    expect((await nc.ok(q, { on: '2020-06-01' })).monthlyCalculatedIndicator).toEqual({ validFrom: '2020-01-01', valueKzt: '2651.00' });
    expect((await nc.ok(q, { on: '2025-12-31' })).monthlyCalculatedIndicator.valueKzt).toBe('3932.00');
    expect((await nc.ok(q, { on: '2026-01-01' })).monthlyCalculatedIndicator.valueKzt).toBe('4325.00');
    expect(await nc.fails(q, { on: '2014-12-31' })).toBe('NOT_FOUND');
    expect(await nc.fails(q, { on: '2026-02-30' })).toBe('BAD_USER_INPUT');
  });

  it('answers nothing but login without a token', async () => {
    expect(await server.anonymous.fails(contract('Regions'))).toBe('UNAUTHENTICATED');
    expect(await server.anonymous.fails(contract('Me'))).toBe('UNAUTHENTICATED');
    const bad = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(bad.status).toBe(401);
    const body = (await bad.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a document nested deeper than the limit, and keeps serving', async () => {
    let selection = 'id';
    for (let i = 0; i < 4; i += 1) selection = `projects { initiator { ${selection} } }`;
    const deep = `{ investors(first: 1) { edges { node { ${selection} } } } }`;
    expect(await nc.fails(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await nc.ok(contract('Regions'))).regions).toHaveLength(20);
  });

  it('answers /healthz once ready', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
  });
});
