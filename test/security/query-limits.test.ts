import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/schema';
import { limitErrors, MAX_COST, MAX_TOKENS } from '../../src/server/query-limits';
import { measureOperation } from '../../src/server/query-cost';

const CONTRACT_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'contract');

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

describe('query limits', () => {
  it('every built contract operation stays under a fifth of the budget', () => {
    // Files of issues not built yet say so on their first line (check-contract.mjs).
    const built = readdirSync(CONTRACT_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(path.join(CONTRACT_DIR, f), 'utf8'))
      .filter((text) => !text.startsWith('# contract: planned'));
    expect(built.length).toBeGreaterThan(0);
    let operations = 0;
    for (const text of built) {
      const document = parse(text, { maxTokens: MAX_TOKENS });
      expect(validate(schema, document, specifiedRules)).toEqual([]);
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        operations++;
        const name = def.name?.value;
        expect({ name, errors: limitErrors(schema, document, name, {}) }).toEqual({ name, errors: [] });
        // Largest pages the contract's clients ask for.
        const { cost } = measureOperation(schema, document, def, { first: 100 });
        expect({ name, withinFifth: cost <= MAX_COST / 5 }).toEqual({ name, withinFifth: true });
      }
    }
    expect(operations).toBeGreaterThan(20);
  });

  it('counts fragments once per spread, pages by first, and lists inside connections once', () => {
    const document = parse(`
      query($n: Int) { a: projects(first: $n) { edges { node { ...P } } } b: projects { totalCount } }
      fragment P on Project { title initiator { name projects { title } } }`);
    const op = document.definitions[0];
    if (op.kind !== Kind.OPERATION_DEFINITION) throw new Error('operation expected');
    // a: 1 + 7 × (edges 1 + node (1 + title 1 + initiator (1 + name 1 + projects (1 + 20 × title 1))))
    const node = 1 + 1 + (1 + 1 + (1 + 20 * 1));
    expect(measureOperation(schema, document, op, { n: 7 })).toEqual({ cost: 1 + 7 * (1 + node) + (1 + 20 * 1), depth: 6 });
  });

  it('reuses the measure of a document only for the same page sizes (issue 12: measured once per document text)', () => {
    const deep = 'initiator { projects { initiator { projects { initiator { projects { title } } } } } }';
    const document = parse(
      `query Q($n: Int, $m: Int) { a: projects(first: $n) { edges { node { ${deep} } } } b: investors(first: $m) { totalCount } }`,
    );
    const reasons = (variables: Record<string, unknown>) => limitErrors(schema, document, 'Q', variables).map((e) => e.extensions.reason);
    for (let round = 0; round < 3; round++) {
      expect(reasons({ n: 2, m: 1 })).toEqual([]);
      // However often the document was measured with small pages, large ones are still refused.
      expect(reasons({ n: 100, m: 1 })).toEqual(['TOO_COSTLY']);
      expect(reasons({ n: 2, m: 100 })).toEqual([]);
      // A value that is no page size counts as the default page (20), measured afresh each time.
      expect(reasons({ n: '1'.repeat(500), m: 1 })).toEqual(['TOO_COSTLY']);
    }
    const aliases = parse(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    for (let round = 0; round < 2; round++)
      expect(limitErrors(schema, aliases, undefined, {}).map((e) => e.extensions.reason)).toEqual(['TOO_MANY_ALIASES']);
  });

  it('measures a fragment bomb of 60 doublings at once, as 2^60 fields', () => {
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const document = parse(`{ ...F0 }\n${fragments}\nfragment F60 on Query { __typename }`);
    const started = performance.now();
    const errors = limitErrors(schema, document, undefined, {});
    expect(performance.now() - started).toBeLessThan(100);
    expect(errors.map((e) => e.extensions.reason)).toEqual(['TOO_COSTLY']);
  });
});
