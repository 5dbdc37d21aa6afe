import { startTestServer, type TestServer } from '../support/server';
import { MAX_BODY_BYTES } from '../../src/server/query-limits';
import { clean, operation, overWebSocket, post } from './hostile';

let server: TestServer;
let viewer: string;

beforeAll(async () => {
  server = await startTestServer();
  viewer = (await server.as('NC-KI', 'VIEWER')).token as string;
});
afterAll(() => server.stop());

const bomb = (n: number) =>
  `{ ...F0 }\n${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n')}\nfragment F${n} on Query { __typename }`;
const PROJECT = 'edges { node { id title volumeMci initiator { name projects { id title volumeMci } } } }';

/** A refused document: a client error with this code (and reason), quickly, and nothing leaked. */
async function refused(query: string, code: string, reason?: string, token: string | null = null) {
  const answer = await operation(query, {}, token, server.url);
  expect(clean(answer)).toEqual([]);
  expect(answer.status).toBe(400);
  expect(answer.json?.data).toBeUndefined();
  expect(answer.json?.errors?.[0]?.extensions?.code).toBe(code);
  if (reason) expect(answer.json?.errors?.[0]?.extensions?.reason).toBe(reason);
  expect(answer.ms).toBeLessThan(1_000);
}

describe('hostile documents (issue 7, defects 1, 4 and 7)', () => {
  it('refuses a fragment bomb of 28 doublings at once, anonymous or signed in', async () => {
    await refused(bomb(28), 'GRAPHQL_VALIDATION_FAILED', 'TOO_COSTLY');
    await refused(bomb(40), 'GRAPHQL_VALIDATION_FAILED', 'TOO_COSTLY', viewer);
  });

  it('refuses circular and unknown fragments as invalid, not 500', async () => {
    await refused('{ ...A } fragment A on Query { ...A }', 'GRAPHQL_VALIDATION_FAILED');
    await refused('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }', 'GRAPHQL_VALIDATION_FAILED');
    await refused('{ ...Missing }', 'GRAPHQL_VALIDATION_FAILED');
    await refused('{ projects { ...Missing } }', 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses 1,000 aliases of a large page, and a costly document with few aliases', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: projects(first: 100) { ${PROJECT} }`).join(' ')} }`;
    // 101 KB: the parser stops at its token limit before building the tree.
    await refused(aliases(1_000), 'GRAPHQL_PARSE_FAILED', undefined, viewer);
    await refused(
      `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
      'TOO_MANY_ALIASES',
      viewer,
    );
    await refused(aliases(20), 'GRAPHQL_VALIDATION_FAILED', 'TOO_COSTLY', viewer);
    // Page sizes from variables count too.
    const pages = `query($n: Int) { ${Array.from({ length: 16 }, (_, i) => `a${i}: projects(first: $n) { ${PROJECT} }`).join(' ')} }`;
    expect((await operation(pages, { n: 100 }, viewer, server.url)).json?.errors?.[0]?.extensions?.reason).toBe('TOO_COSTLY');
    expect((await operation(pages, { n: 5 }, viewer, server.url)).json?.errors).toBeUndefined();
    // One such page is fine.
    const one = await operation(`{ projects(first: 100) { ${PROJECT} } }`, {}, viewer, server.url);
    expect(clean(one)).toEqual([]);
    expect(one.json?.errors).toBeUndefined();
  });

  it('refuses documents nested too deep, and too many tokens before building them', async () => {
    await refused(
      '{ investors { edges { node { projects { initiator { projects { initiator { projects { initiator { projects { id } } } } } } } } } } }',
      'GRAPHQL_VALIDATION_FAILED',
      'TOO_DEEP',
      viewer,
    );
    await refused(`{ ${'__typename '.repeat(6_000)} }`, 'GRAPHQL_PARSE_FAILED');
  });

  it('answers a persisted query (with or without a wrong hash) with a clear client error', async () => {
    for (const query of [undefined, '{ __typename }']) {
      const answer = await post(
        server.url,
        JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'deadbeef' } } }),
      );
      expect(clean(answer)).toEqual([]);
      expect(answer.status).toBeLessThan(500);
      expect(answer.json?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    }
  });

  it('applies the same limits over WebSocket, and the same body size', async () => {
    const bombed = await overWebSocket(server.url, viewer, bomb(28));
    expect(bombed.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const circular = await overWebSocket(server.url, viewer, '{ ...A } fragment A on Query { ...A }');
    expect(circular.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const soup = await overWebSocket(server.url, viewer, '{ ( ] fragment');
    expect(soup.codes).toEqual(['GRAPHQL_PARSE_FAILED']);
    const fine = await overWebSocket(server.url, viewer, '{ __typename }');
    expect(fine).toMatchObject({ codes: [], text: '{"data":{"__typename":"Query"}}' });

    const big = `{ projects(filter: { search: "${'x'.repeat(MAX_BODY_BYTES + 1)}" }) { totalCount } }`;
    expect((await operation(big, {}, viewer, server.url)).status).toBe(413);
    const overWs = await overWebSocket(server.url, viewer, big);
    expect(overWs.closed).toBe(1009); // ws: message too big
  });
});
