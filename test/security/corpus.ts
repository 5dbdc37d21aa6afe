/** A seeded generator of hostile documents: the same corpus on every run. */

export interface Hostile {
  kind: string;
  query: string;
  variables?: Record<string, unknown>;
}

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

const SOUP = ['{', '}', '(', ')', '[', ']', ':', '...', '@', '$', '!', '=', '|', '&', 'query', 'mutation', 'subscription', 'fragment', 'on', 'projects', 'investors', 'first', 'edges', 'node', 'id', '__typename', '__schema', '"x"', '"""', '1', '-1e999', 'null', 'true', '#', ',', '\u0000', '\uFFFD', '\uD800'];

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
      return { kind: 'fragment bomb', query: `{ ...F0 } ${repeat(n, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F${n} on Query { __typename }` };
    },
    () => {
      const n = int(1, 5);
      return { kind: 'circular fragments', query: `{ ...C0 } ${repeat(n, (i) => `fragment C${i} on Query { __typename ...C${(i + 1) % n} }`)}` };
    },
    () => ({ kind: 'unknown fragment', query: `{ ${pick(['', 'projects { ', 'investors { edges { node { '])}...Nope${int(0, 9)} ${'}'.repeat(0)}}`.replace(/\{ \.\.\./, '{ ...') }),
    () => {
      const text = 'x'.repeat(int(1, 200_000));
      return pick([
        { kind: 'huge string', query: `{ projects(first: "${text}") { totalCount } }` },
        { kind: 'huge string', query: `{ projects(filter: { search: "${text.slice(0, 2_000)}" }) { totalCount } }` },
        { kind: 'huge string', query: `query($s: String) { __typename }`, variables: { s: text } },
      ]);
    },
    () => ({ kind: 'many directives', query: `{ ${repeat(int(1, 60), () => `__typename @${pick(['skip(if: false)', 'include(if: true)', 'deprecated', 'nope'])}`)} }` }),
    () => {
      const depth = int(1, 600);
      const [open, close] = pick([['{ a: ', ' }'], ['[', ']']]);
      return { kind: 'nested input', query: `{ projects(filter: { search: ${open.repeat(depth)}"x"${close.repeat(depth)} }) { totalCount } }` };
    },
    () =>
      pick([
        { kind: 'bad characters', query: `{ projects(first: "\u0000\uFFFD${'\u0000'.repeat(int(1, 50))}") { totalCount } }` },
        { kind: 'bad characters', query: `{ __typename \u0000 ${'\uD800'.repeat(int(1, 20))} }` },
        { kind: 'bad characters', query: `{ \u0007__typename }` },
      ]),
    () => ({
      kind: 'big variables',
      query: pick(['query($v: [String!]) { __typename }', 'query($v: [Int!]!) { __typename }', 'query($v: ProjectFilter) { projects(filter: $v) { totalCount } }']),
      variables: { v: Array.from({ length: int(1, 40_000) }, (_, i) => pick([`r${i}`, i, null, { a: i }])) },
    }),
    () => ({ kind: 'token soup', query: repeat(int(1, 300), () => pick(SOUP)) }),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]());
}
