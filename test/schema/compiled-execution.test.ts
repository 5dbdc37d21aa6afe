// Compiled execution (src/server/compiled-execution.ts, issue 12): from a document's second use on,
// its compiled query answers exactly what graphql-js answered the first time, errors included.
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type GraphQLResponse, type TestServer } from '../support/server';

const METRICS_TOKEN = 'metrics-token-compiled-0123456789';
let server: TestServer;
let nc: GraphQLClient;
let embassy: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer({ env: { METRICS_TOKEN } });
  [nc, embassy] = await Promise.all([server.as('NC-KI'), server.as('EMB-CN')]);
});
afterAll(() => server.stop());

async function executions(): Promise<{ compiled: number; interpreted: number }> {
  const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const sample = (executor: string) => {
    const series = `irm_graphql_executions_total{executor="${executor}"} `;
    const line = text.split('\n').find((l) => l.startsWith(series));
    return line ? Number(line.slice(series.length)) : 0;
  };
  return { compiled: sample('compiled'), interpreted: sample('graphql-js') };
}

function withoutExtensions({ extensions: _, ...answer }: GraphQLResponse): Omit<GraphQLResponse, 'extensions'> {
  return answer;
}

/** The same request three times (graphql-js, then compiled twice): the answers and which executor ran them. */
async function thrice(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}) {
  const before = await executions();
  const answers: Omit<GraphQLResponse, 'extensions'>[] = [];
  // The SQL statement counts (extensions) differ on a first use anyway: the process caches fill.
  for (let i = 0; i < 3; i++) answers.push(withoutExtensions(await client.request(query, variables)));
  const after = await executions();
  return { answers, compiled: after.compiled - before.compiled, interpreted: after.interpreted - before.interpreted };
}

describe('compiled execution', () => {
  it('answers the contract lists, nested rows and exact totals as graphql-js did', async () => {
    for (const [name, variables] of [
      ['InvestorLeads', { first: 7 }],
      ['InvestorLeads', { first: 3, filter: { origin: 'FOREIGN' } }],
      ['Projects', { first: 7 }],
    ] as const) {
      const { answers, compiled, interpreted } = await thrice(nc, contract(name), variables);
      expect(answers[0]!.errors).toBeUndefined();
      expect(answers[0]!.data).toBeDefined();
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      // Each text is a new document only the first time it is seen.
      expect(compiled + interpreted).toBe(3);
      expect(compiled).toBeGreaterThanOrEqual(2);
    }
  });

  it('awaits a total counted apart from the page (a property that holds a promise)', async () => {
    const investor = (await nc.ok(contract('InvestorLeads'), { first: 1 })).investors.edges[0].node.id as string;
    const query = 'query($id: ID!) { projects(filter: { initiatorId: $id }) { edges { node { id } } totalCount } }';
    const { answers, compiled } = await thrice(nc, query, { id: investor });
    expect(compiled).toBe(2);
    expect(typeof answers[0]!.data!.projects.totalCount).toBe('number');
    expect(answers.map((a) => a.data)).toEqual([answers[0]!.data, answers[0]!.data, answers[0]!.data]);
  });

  it("gives a resolver's error with its code, path and location (a non-null root field: no data)", async () => {
    const germanInvestor = (await nc.ok(contract('InvestorLeads'), { first: 1, filter: { countryCode: 'DE' } })).investors.edges[0].node
      .id as string;
    const query = 'query($id: ID!) { me { office { code } } investor(id: $id) { id name } }';
    const { answers, compiled } = await thrice(embassy, query, { id: germanInvestor });
    expect(compiled).toBe(2);
    expect(answers[0]!.errors).toEqual([
      expect.objectContaining({
        path: ['investor'],
        locations: [expect.any(Object)],
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
    expect(answers[0]!.data).toBeNull();
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('answers variables that do not coerce as graphql-js does (BAD_USER_INPUT, HTTP 400), once compiled too', async () => {
    const query = contract('InvestorLeads');
    await nc.ok(query, { first: 2 });
    await nc.ok(query, { first: 2 }); // compiled now
    const { answers, interpreted } = await thrice(nc, query, { first: 'two' });
    expect(interpreted).toBe(3);
    expect(answers[0]).toMatchObject({ status: 400, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(answers[0]!.errors![0]!.message).toMatch(/^Variable "\$first" got invalid value "two"/);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('fills omitted input fields with their defaults, once compiled too', async () => {
    const { answers } = await thrice(nc, contract('CreateInvestor'), {
      input: { name: `Compiled defaults ${Date.now()}`, origin: 'FOREIGN', countryCode: 'TR', sectorCodes: ['10'] },
    });
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.createInvestor).toMatchObject({ status: 'LEAD', isAnchor: false, isMultinational: false });
    }
  });
});
