import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

/** Issue 7, defect 7: malformed input is BAD_USER_INPUT, never an internal error, and logs nothing. */
let server: TestServer;
let nc: GraphQLClient;
let logged: unknown[][];
const errorSpy = jest.spyOn(console, 'error');

beforeAll(async () => {
  server = await startTestServer();
  nc = await server.as('NC-KI');
});
afterAll(() => server.stop());
beforeEach(() => {
  logged = [];
  errorSpy.mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(() => errorSpy.mockReset());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function expectBadInput(query: string, variables: Record<string, unknown> = {}) {
  const res = await nc.request(query, variables);
  expect(res.status).toBe(200);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(logged).toEqual([]);
  return res.errors![0]!;
}

describe('ids that are not UUIDs', () => {
  it.each([
    ['investor', '{ investor(id: "x") { id } }'],
    ['project', '{ project(id: "x") { id } }'],
    ['industrialSite', '{ industrialSite(id: "x") { id } }'],
    ['serviceApplication', '{ serviceApplication(id: "x") { id } }'],
    ['office', '{ office(id: "x") { id } }'],
    ['investorRequest', '{ investorRequest(id: "1 OR 1=1") { id } }'],
    ['projects(initiatorId)', '{ projects(filter: { initiatorId: "x" }) { totalCount } }'],
    ['investors(ownerOfficeId)', '{ investors(filter: { ownerOfficeId: "x" }) { totalCount } }'],
  ])('%s', async (_name, query) => {
    const error = await expectBadInput(query);
    expect(error.message).toMatch(/not a valid id/);
  });

  it('inside a mutation input, passed as a variable, and nothing is written', async () => {
    const before = await nc.ok('{ projects { totalCount } }');
    const input = {
      title: 'Bad id',
      kind: 'NEW',
      stage: 'PREPARATION',
      sectorCode: '10',
      regionCode: 'KZ-75',
      investmentVolumeKzt: '1000.00',
      initiatorId: 'not-a-uuid',
    };
    const error = await expectBadInput('mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }', { input });
    expect(error.extensions?.argument).toBe('input.initiatorId');
    expect((await nc.ok('{ projects { totalCount } }')).projects.totalCount).toBe(before.projects.totalCount);
  });

  it('in a list of ids', async () => {
    await expectBadInput('{ changeLog(filter: { officeIds: ["x"] }) { edges { cursor } } }');
  });
});

describe('null characters', () => {
  it('in a filter', async () => {
    const error = await expectBadInput('query($s: String) { projects(filter: { search: $s }) { totalCount } }', { s: 'steel\u0000' });
    expect(error.message).toMatch(/null character/);
  });

  it('in a text input, and nothing is written', async () => {
    const input = {
      name: 'Null\u0000Byte',
      origin: 'DOMESTIC',
      countryCode: 'KZ',
      ownership: 'PRIVATE',
      sectorCodes: ['10'],
      isAnchor: false,
      isMultinational: false,
    };
    await expectBadInput('mutation($input: CreateInvestorInput!) { createInvestor(input: $input) { id } }', { input });
    expect((await nc.ok('{ investors(filter: { search: "Null" }) { totalCount } }')).investors.totalCount).toBe(0);
  });
});

describe('forged cursors', () => {
  it.each([
    ['a timestamp that is not one', b64(['yesterday', '00000000-0000-4000-8000-000000000000'])],
    ['an id that is not a UUID', b64(['2026-01-01T00:00:00.000Z', 'x'])],
    ['numbers instead of strings', b64([1, 2])],
    ['not base64 JSON', '!!!'],
  ])('list cursor: %s', async (_name, after) => {
    await expectBadInput('query($after: String) { projects(after: $after) { totalCount } }', { after });
    await expectBadInput('query($after: String) { investors(after: $after) { totalCount } }', { after });
  });

  it('change-log cursor out of bigint range', async () => {
    await expectBadInput('query($after: String) { changeLog(after: $after) { edges { cursor } } }', {
      after: b64(['9223372036854775808', '1']),
    });
    await expectBadInput('query($after: String) { changeLog(after: $after) { edges { cursor } } }', {
      after: b64(['1', '99999999999999999999']),
    });
  });

  it('a real cursor still pages', async () => {
    const first = await nc.ok('{ projects(first: 1) { pageInfo { endCursor } edges { node { id } } } }');
    const next = await nc.ok('query($after: String) { projects(first: 1, after: $after) { edges { node { id } } } }', {
      after: first.projects.pageInfo.endCursor,
    });
    expect(next.projects.edges[0].node.id).not.toBe(first.projects.edges[0].node.id);
  });
});
