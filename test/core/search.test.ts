// Full-text search of investors and projects (src/common/search.ts): the words before the last are
// whole words, the last may be a beginning; the condition is written one of two ways by how common
// the words are, and both select the same rows.
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { SearchStatistics, searchWords, whereSearch } from '../../src/common/search';
import { Investor } from '../../src/investors/investor.entity';

let server: TestServer;
let nc: GraphQLClient;
const tag = `Qarmaq${Date.now().toString(36)}`;

const names = (found: { investors: { edges: { node: { name: string } }[] } }) => found.investors.edges.map((e) => e.node.name).sort();

async function search(text: string): Promise<string[]> {
  return names(await nc.ok(contract('InvestorLeads'), { first: 100, filter: { search: text } }));
}

beforeAll(async () => {
  server = await startTestServer();
  nc = await server.as('NC-KI');
  for (const name of [`${tag} Sino Copper`, `${tag} Sino Cobalt`, `${tag} Sinopec Trade`]) {
    const input = { name, origin: 'FOREIGN', countryCode: 'CN', sectorCodes: ['24'], isAnchor: false, isMultinational: false };
    await nc.ok(contract('CreateInvestor'), { input });
  }
});
afterAll(() => server.stop());

it('reads the words before the last as whole words and the last as a beginning', async () => {
  expect(await search(`${tag} sino co`)).toEqual([`${tag} Sino Cobalt`, `${tag} Sino Copper`]);
  expect(await search(`${tag} sin`)).toEqual([`${tag} Sino Cobalt`, `${tag} Sino Copper`, `${tag} Sinopec Trade`]);
  expect(await search(`${tag} sin co`)).toEqual([]);
  expect(await search(`${tag.slice(0, -2)}`)).toHaveLength(3);
  expect(await search(`  ${tag.toUpperCase()}, SINOPEC!  `)).toEqual([`${tag} Sinopec Trade`]);
  // Text without a letter or digit filters nothing.
  const all = (await nc.ok(contract('InvestorLeads'), { first: 1 })).investors.totalCount;
  expect((await nc.ok(contract('InvestorLeads'), { first: 1, filter: { search: ' ,.;' } })).investors.totalCount).toBe(all);
});

it('selects the same rows whether it reads the words as common or as rare', async () => {
  const rows = async (text: string, shares: ReadonlyMap<string, number>) => {
    const qb = server.irm.dataSource.getRepository(Investor).createQueryBuilder('i').select('i.name', 'name');
    whereSearch(qb, 'i.search_vector', searchWords(text), shares);
    return { sql: qb.getQuery(), names: (await qb.getRawMany<{ name: string }>()).map((r) => r.name).sort() };
  };
  const common = new Map([
    [tag.toLowerCase(), 1],
    ['sino', 0.5],
    ['sinopec', 0.5],
    ['copper', 0.5],
    ['cobalt', 0.5],
  ]);
  for (const text of [`${tag} sin`, `${tag} sino co`, `${tag.slice(0, -3)}`, 'sino']) {
    const broad = await rows(text, common);
    const narrow = await rows(text, new Map());
    // Rare: the condition twice (the planner reads the search index); common: once.
    expect(narrow.sql.split('to_tsquery').length - 1).toBe(2);
    expect(broad.sql.split('to_tsquery').length - 1).toBe(1);
    expect(broad.names).toEqual(narrow.names);
  }
  expect((await rows(`${tag} sin`, common)).names).toHaveLength(3);
});

it("reads the words' shares from PostgreSQL's statistics of the table", async () => {
  await server.irm.dataSource.query(`ANALYZE investor`);
  const shares = await new SearchStatistics(server.irm.app.db, 'investor').shares();
  expect(shares.size).toBeGreaterThan(0);
  for (const share of shares.values()) expect(share).toBeGreaterThan(0);
  for (const share of shares.values()) expect(share).toBeLessThanOrEqual(1);
});
