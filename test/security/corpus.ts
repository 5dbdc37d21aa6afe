/** A seeded generator of hostile documents: the same corpus on every run. */

export interface Hostile {
  kind: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Sent by an officer, so that the input reaches the checks behind the permission (else anonymous or a viewer). */
  officer?: boolean;
  /** The codes it may fail with: it must fail, with one of them (else any clean answer will do). */
  refusedWith?: readonly string[];
}

/** What malformed input must be answered with (issue 7, defect 7): the client's error, before any SQL. */
const BAD_INPUT = ['BAD_USER_INPUT'] as const;
/** Literals and variables graphql itself refuses (an Int out of range, a wrong type) come before our checks. */
const BAD_INPUT_OR_INVALID = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'] as const;

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOUP = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '...',
  '@',
  '$',
  '!',
  '=',
  '|',
  '&',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'projects',
  'investors',
  'first',
  'edges',
  'node',
  'id',
  '__typename',
  '__schema',
  '"x"',
  '"""',
  '1',
  '-1e999',
  'null',
  'true',
  '#',
  ',',
  '\u0000',
  '\uFFFD',
  '\uD800',
];

export function hostileCorpus(count: number, seed = 7): Hostile[] {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  const repeat = (n: number, f: (i: number) => string, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

  const kinds: (() => Hostile)[] = [
    () => {
      const depth = int(3, 30);
      const chain = repeat(depth, (i) => (i % 2 ? 'initiator {' : 'projects {'));
      return { kind: 'deep nesting', query: `{ investors { edges { node { ${chain} id ${'}'.repeat(depth)} } } } }` };
    },
    () => {
      const field = pick(['__typename', 'regions { code }', `projects(first: ${int(1, 10)}) { edges { node { title } } }`]);
      return { kind: 'wide aliases', query: `{ ${repeat(int(1, 60), (i) => `a${i}: ${field}`)} }` };
    },
    () => {
      const n = int(2, 45);
      return {
        kind: 'fragment bomb',
        query: `{ ...F0 } ${repeat(n, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F${n} on Query { __typename }`,
      };
    },
    () => {
      const n = int(1, 5);
      return {
        kind: 'circular fragments',
        query: `{ ...C0 } ${repeat(n, (i) => `fragment C${i} on Query { __typename ...C${(i + 1) % n} }`)}`,
      };
    },
    () => ({
      kind: 'unknown fragment',
      query: `{ ${pick(['', 'projects { ', 'investors { edges { node { '])}...Nope${int(0, 9)} ${'}'.repeat(0)}}`.replace(
        /\{ \.\.\./,
        '{ ...',
      ),
    }),
    () => {
      const text = 'x'.repeat(int(1, 200_000));
      return pick([
        { kind: 'huge string', query: `{ projects(first: "${text}") { totalCount } }` },
        { kind: 'huge string', query: `{ projects(filter: { search: "${text.slice(0, 2_000)}" }) { totalCount } }` },
        { kind: 'huge string', query: `query($s: String) { __typename }`, variables: { s: text } },
      ]);
    },
    () => ({
      kind: 'many directives',
      query: `{ ${repeat(int(1, 60), () => `__typename @${pick(['skip(if: false)', 'include(if: true)', 'deprecated', 'nope'])}`)} }`,
    }),
    () => {
      const depth = int(1, 600);
      const [open, close] = pick([
        ['{ a: ', ' }'],
        ['[', ']'],
      ]);
      return {
        kind: 'nested input',
        query: `{ projects(filter: { search: ${open.repeat(depth)}"x"${close.repeat(depth)} }) { totalCount } }`,
      };
    },
    () =>
      pick([
        { kind: 'bad characters', query: `{ projects(first: "\u0000\uFFFD${'\u0000'.repeat(int(1, 50))}") { totalCount } }` },
        { kind: 'bad characters', query: `{ __typename \u0000 ${'\uD800'.repeat(int(1, 20))} }` },
        { kind: 'bad characters', query: `{ \u0007__typename }` },
      ]),
    () => ({
      kind: 'big variables',
      query: pick([
        'query($v: [String!]) { __typename }',
        'query($v: [Int!]!) { __typename }',
        'query($v: ProjectFilter) { projects(filter: $v) { totalCount } }',
      ]),
      variables: { v: Array.from({ length: int(1, 40_000) }, (_, i) => pick([`r${i}`, i, null, { a: i }])) },
    }),
    () => ({ kind: 'token soup', query: repeat(int(1, 300), () => pick(SOUP)) }),
    ...inputKinds(int, pick),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]());
}

const UUID = '6f1c2a9e-4b7d-4c1e-9a3f-2d8e5b7c0a11';
const BY_ID = ['investor', 'project', 'industrialSite', 'serviceApplication', 'office', 'investorRequest'];
const CONNECTIONS = [
  'projects',
  'investors',
  'industrialSites',
  'investorRequests',
  'serviceApplications',
  'serviceViolations',
  'changeLog',
];
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/**
 * Input that parses and validates as GraphQL but is not acceptable to IRM: each must be answered
 * as the client's error (the input guard, class-validator, the scalars, the cursor decoder), never
 * reach SQL as an internal error.
 */
function inputKinds(int: (min: number, max: number) => number, pick: <T>(items: readonly T[]) => T): (() => Hostile)[] {
  const badId = () =>
    pick([
      '',
      'x',
      '1 OR 1=1',
      `${UUID}'--`,
      `{${UUID}}`,
      UUID.slice(0, 35),
      UUID.replace(/-/g, ''),
      `${UUID} `,
      UUID.replace('a', 'g'),
      `${UUID}${UUID}`,
      '-1',
      '9'.repeat(int(20, 40)),
      'ы'.repeat(int(1, 36)),
      'x'.repeat(int(37, 100_000)),
      `${UUID}\u0000`,
      `\u0000${UUID.slice(1)}`,
    ]);
  const forgedCursor = (changeLog: boolean) =>
    pick([
      '!!!',
      '=',
      b64('not json'),
      b64({}),
      b64(null),
      b64([]),
      b64([1, 2]),
      b64(['2026-01-01T00:00:00.000Z']),
      b64(['2026-01-01T00:00:00.000Z', UUID, 'extra']),
      b64(['yesterday', UUID]),
      b64(['2026-01-01T00:00:00.000Z', 'x']),
      b64(['2026-13-45T99:99:99Z', UUID]),
      b64(['2026-01-01T00:00:00.000Z', `${UUID}\u0000`]),
      b64([{ a: 1 }, [UUID]]),
      b64('['.repeat(int(1, 5_000))),
      b64(['9'.repeat(int(20, 400)), '1']),
      b64(['-1', '1']),
      b64(['1e3', '1']),
      b64(['x'.repeat(int(1, 50_000)), UUID]),
      changeLog ? b64(['2026-01-01T00:00:00.000Z', UUID]) : b64(['1', '1']),
    ]);
  const text = (n: number) => 'ж'.repeat(n);
  return [
    () => {
      const id = badId();
      return pick<Hostile>([
        {
          kind: 'malformed id',
          query: `query($id: ID!) { ${pick(BY_ID)}(id: $id) { id } }`,
          variables: { id },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'malformed id',
          query: 'query($id: ID) { projects(filter: { initiatorId: $id }) { totalCount } }',
          variables: { id },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'malformed id',
          query: 'query($id: ID) { investors(filter: { ownerOfficeId: $id }) { totalCount } }',
          variables: { id },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'malformed id',
          query: 'query($id: ID) { changeLog(filter: { entityId: $id }) { edges { cursor } } }',
          variables: { id },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'malformed id',
          query: 'query($ids: [ID!]) { changeLog(filter: { officeIds: $ids }) { edges { cursor } } }',
          variables: { ids: [UUID, id] },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'malformed id',
          query: 'mutation($id: ID!) { updateProject(id: $id, expectedVersion: 1, input: { stage: PREPARATION }) { id } }',
          variables: { id },
          officer: true,
          refusedWith: BAD_INPUT,
        },
      ]);
    },
    () => {
      const connection = pick(CONNECTIONS);
      const edges = connection === 'changeLog' ? 'edges { cursor }' : 'totalCount';
      return {
        kind: 'forged cursor',
        query: `query($after: String) { ${connection}(after: $after) { ${edges} } }`,
        variables: { after: forgedCursor(connection === 'changeLog') },
        officer: true,
        refusedWith: BAD_INPUT,
      };
    },
    () => {
      const nul = pick(['\u0000', `a\u0000b`, '\u0000'.repeat(int(1, 100)), `${text(int(1, 50))}\u0000`]);
      const search = pick(['projects', 'investors']);
      return pick<Hostile>([
        {
          kind: 'null character',
          query: `query($s: String) { ${search}(filter: { search: $s }) { totalCount } }`,
          variables: { s: nul },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'null character',
          query: `query($id: ID!) { ${pick(BY_ID)}(id: $id) { id } }`,
          variables: { id: `${UUID.slice(0, 35)}\u0000` },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'null character',
          query: 'mutation($input: CreateInvestorInput!) { createInvestor(input: $input) { id } }',
          variables: {
            input: { name: `Hostile ${nul}`, origin: 'DOMESTIC', countryCode: 'KZ', sectorCodes: ['10'], notes: pick([null, nul]) },
          },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'null character',
          query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
          variables: {
            input: { title: nul, kind: 'NEW', stage: 'PREPARATION', sectorCode: '10', regionCode: 'KZ-75', investmentVolumeKzt: '1000.00' },
          },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'null character',
          query: 'query($r: [String!]) { changeLog(filter: { regionCodes: $r }) { edges { cursor } } }',
          variables: { r: [nul] },
          officer: true,
          refusedWith: BAD_INPUT,
        },
      ]);
    },
    () => {
      const big = pick([0, -1, -2_147_483_648, 101, 2_147_483_647, 2_147_483_648, 1e100, 1.5, -0.5]);
      const year = pick([-1, 0, 10_000, 2_147_483_647, -2_147_483_648, 2_147_483_648]);
      return pick<Hostile>([
        {
          kind: 'out-of-range number',
          query: `query($n: Int) { ${pick(CONNECTIONS)}(first: $n) { pageInfo { hasNextPage } } }`,
          variables: { n: big },
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'out-of-range number',
          query: `{ projects(first: ${big}) { totalCount } }`,
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'out-of-range number',
          query: 'query($y: Int!) { daysOff(year: $y) { date } }',
          variables: { y: year },
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'out-of-range number',
          query: 'query($y: Int!, $q: Int!) { unifiedPool(year: $y, quarter: $q) { year } }',
          variables: { y: pick([2026, year]), q: pick([0, 5, -1, 2_147_483_647]) },
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'out-of-range number',
          query: 'query($y: Int!, $q: Int!) { quarterlyReports(year: $y, quarter: $q) { id } }',
          variables: { y: year, q: 1 },
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'out-of-range number',
          query: 'query($d: Int!, $from: Date!) { addWorkingDays(days: $d, from: $from) }',
          variables: { d: pick([2_147_483_647, -2_147_483_648, 1_000_000]), from: pick(['2026-01-05', '9999-12-31', '0001-01-01']) },
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'out-of-range number',
          query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
          variables: {
            input: {
              title: 'Hostile volume',
              kind: 'NEW',
              stage: 'PREPARATION',
              sectorCode: '10',
              regionCode: 'KZ-75',
              investmentVolumeKzt: pick(['-1.00', '1e400', 'NaN', 'Infinity', '9'.repeat(int(19, 400)), '0.0000001', 1e308]),
            },
          },
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
      ]);
    },
    () => {
      // Mostly just over the limits, sometimes far over: the size of the body is not what is tested here.
      const n = pick([20_001, 60_000, 200_000]);
      const longer = (limit: number) => text(pick([limit + 1, limit + int(2, 1_000), n]));
      return pick<Hostile>([
        {
          kind: 'over-long string',
          query: `query($s: String) { ${pick(['projects', 'investors'])}(filter: { search: $s }) { totalCount } }`,
          variables: { s: longer(200) },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'over-long string',
          query: 'mutation($input: CreateInvestorInput!) { createInvestor(input: $input) { id } }',
          variables: {
            input: pick([
              { name: longer(300), origin: 'DOMESTIC', countryCode: 'KZ', sectorCodes: ['10'] },
              { name: 'Hostile notes', origin: 'DOMESTIC', countryCode: 'KZ', sectorCodes: ['10'], notes: longer(20_000) },
              { name: 'Hostile country', origin: 'FOREIGN', countryCode: longer(2), sectorCodes: ['10'] },
              { name: 'Hostile sectors', origin: 'DOMESTIC', countryCode: 'KZ', sectorCodes: [longer(2)] },
            ]),
          },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        {
          kind: 'over-long string',
          query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
          variables: {
            input: {
              title: 'Hostile region',
              kind: 'NEW',
              stage: 'PREPARATION',
              sectorCode: '10',
              regionCode: longer(6),
              investmentVolumeKzt: '1000.00',
            },
          },
          officer: true,
          refusedWith: BAD_INPUT,
        },
        // An equality filter on an unknown value matches nothing: any clean answer.
        {
          kind: 'over-long string',
          query:
            `query($r: String) { ${pick(['projects', 'industrialSites', 'investors'])}(filter: { ${pick(['regionCode', 'sectorCode'])}: $r }) { totalCount } }`
              .replace('industrialSites(filter: { sectorCode', 'industrialSites(filter: { regionCode')
              .replace('investors(filter: { regionCode', 'investors(filter: { countryCode'),
          variables: { r: longer(6) },
          officer: true,
        },
      ]);
    },
    () => {
      const first = pick([1_000, 100_000, 2_147_483_647]);
      return pick<Hostile>([
        {
          kind: 'huge first',
          query: `{ ${pick(CONNECTIONS)}(first: ${first}) { pageInfo { hasNextPage } } }`,
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'huge first',
          query: `{ investors(first: 100) { edges { node { projects { id } } } } projects(first: ${first}) { totalCount } }`,
          officer: true,
          refusedWith: BAD_INPUT_OR_INVALID,
        },
        {
          kind: 'huge first',
          query: `query($n: Int) { investors(first: $n) { edges { node { id } } } }`,
          variables: { n: first },
          refusedWith: BAD_INPUT_OR_INVALID,
          officer: true,
        },
      ]);
    },
  ];
}
