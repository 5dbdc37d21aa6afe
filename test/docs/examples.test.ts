/**
 * Every example in README.md and docs/*.md runs against a real server, and what the docs show
 * as its result must come out (issue 11: docs that cannot rot).
 *
 * What runs: every fenced ```graphql block and every ```sh block that calls curl, file by file
 * (README.md, then docs/*.md in name order: new docs are covered without touching this test),
 * blocks in the order they appear. A graphql block may hold several operations: each is sent on
 * its own. A curl block runs in bash (asynchronously: the server is in this process) with
 * `localhost:4000` pointed at the test server, curl made to fail on an HTTP error
 * (--fail-with-body), and `$TOKEN` set to the persona's token unless the block sets it.
 *
 * The convention, in HTML comments (hidden when the markdown is rendered) right before a block:
 *
 *   <!-- example: as=EMB-CN clock=2026-03-20T10:00:00+05:00 save=request:submitInvestorRequest.id -->
 *
 *   as=WHO[,WHO…]   who runs it: an office code (its OFFICER, else ADMIN, else VIEWER), CODE/ROLE,
 *                   a demo email, or anonymous. Several: the block runs once per persona, in turn.
 *                   Default: anonymous for an operation that only signs in (login), else NC-KI.
 *   clock=ISO       the server's clock from this block on (until the next clock= in the file);
 *                   each file starts at the real time.
 *   save=NAME:PATH  after an operation, the value at PATH of its answer (`submitInvestorRequest.id`)
 *                   becomes {{NAME}} for the rest of the file (comma-separate several).
 *   expect=CODE     every operation must fail with this `extensions.code` (curl: the output names it).
 *   sweep           the deadline sweeper runs (at the clock's time) before the block.
 *   skip reason="…" not run (a shape that cannot run); counted and listed at the end.
 *
 * In a block, {{NAME}} is a saved value and {{office:CODE}}, {{user:EMAIL}}, {{investor:NAME}},
 * {{project:TITLE}}, {{site:NAME}} the id of that demo record. Results: a ```json block right
 * after the example (blank lines between only) must be contained, as a subset, in the data of the
 * block's last operation or of all its operations merged (the whole answer when the result has a
 * "data" or "errors" key; for curl, the JSON printed); `# → JSON` after an operation in a graphql
 * block, the same for that operation. A result may leave out fields that stand alone in their
 * object: `# → { "order": 5 }` matches `{ "completeServiceStep": { "currentStep": { "order": 5, … } } }`.
 * An error that is not expected fails the example, and so does an expected one that does not come.
 * For people writing docs: docs/README.md says the same with an example.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { DEMO_USERS } from '../../seeds/demo-data';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type GraphQLResponse, type TestServer } from '../support/server';
import { extractExamples, leadingJson, matchesDocumented, valueAt, type Example } from './doc-examples';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const FILES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const DOCS = FILES.map((file) => ({ file, ...extractExamples(file, readFileSync(path.join(ROOT, file), 'utf8')) }));
const HOW_TO = 'see docs/README.md for the annotations';

const clock = new ManualClock();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => {
  await server?.stop();
  const rows = DOCS.filter((d) => d.examples.length).map((d) => {
    const skipped = d.examples.filter((e) => e.annotation.skip);
    const reasons = skipped.map((e) => `\n    skipped ${e.file}:${e.line}: ${e.annotation.skip}`).join('');
    return `  ${d.file}: ${d.examples.length - skipped.length} run, ${skipped.length} skipped${reasons}`;
  });
  console.log(`Docs examples:\n${rows.join('\n')}`);
});

/** A failure that names the file, the block and why, and shows the block. */
class ExampleFailure extends Error {
  constructor(example: Example, why: string) {
    super(
      `${example.file}:${example.line} (example ${example.index}, ${example.kind}): ${why}\n--- the block ---\n${example.text}\n---\n${HOW_TO}`,
    );
  }
}

const clip = (v: unknown, max = 1500): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max)}…` : s;
};

// ---- personas and placeholders ----

const ROLE_ORDER = ['OFFICER', 'ADMIN', 'VIEWER'];

/** The email of a persona (null: anonymous). */
function personaEmail(who: string): string | null {
  if (who === 'anonymous') return null;
  if (who.includes('@')) {
    if (!DEMO_USERS.some((u) => u.email === who)) throw new Error(`as=${who}: not a demo account (seeds/demo-data.ts)`);
    return who;
  }
  const [code, role] = who.split('/');
  const user = DEMO_USERS.filter((u) => u.officeCode === code && (!role || u.role === role)).sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
  )[0];
  if (!user) throw new Error(`as=${who}: no demo account at office ${code}${role ? ` with role ${role}` : ''}`);
  return user.email;
}

const clients = new Map<string, Promise<GraphQLClient>>();
function clientOf(email: string | null): Promise<GraphQLClient> {
  if (!email) return Promise.resolve(server.anonymous);
  let client = clients.get(email);
  if (!client) {
    client = server.login(email);
    clients.set(email, client);
  }
  return client;
}

const LOOKUPS: Record<string, string> = {
  office: 'SELECT id FROM office WHERE code = $1',
  user: 'SELECT id FROM app_user WHERE email = $1',
  investor: 'SELECT id FROM investor WHERE name = $1',
  project: 'SELECT id FROM project WHERE title = $1',
  site: 'SELECT id FROM industrial_site WHERE name = $1',
};

/** {{name}} from the file's saved values, {{kind:key}} looked up; an unknown one is an error. */
async function substitute(text: string, saved: Map<string, string>): Promise<string> {
  const values = new Map<string, string>();
  for (const [whole, inner] of text.matchAll(/\{\{([^}]+)\}\}/g)) {
    if (values.has(whole)) continue;
    const colon = inner!.indexOf(':');
    if (colon < 0) {
      const value = saved.get(inner!.trim());
      if (value === undefined)
        throw new Error(`${whole} is not saved by an earlier example of this file (save=${inner}:path; did that example fail?)`);
      values.set(whole, value);
      continue;
    }
    const kind = inner!.slice(0, colon).trim();
    const key = inner!.slice(colon + 1).trim();
    const sql = LOOKUPS[kind];
    if (!sql) throw new Error(`${whole}: unknown look-up "${kind}" (known: ${Object.keys(LOOKUPS).join(', ')})`);
    const rows = (await server.irm.dataSource.query(sql, [key])) as { id: string }[];
    if (rows.length !== 1) throw new Error(`${whole}: ${rows.length} ${kind} records match "${key}" (needs exactly one)`);
    values.set(whole, rows[0]!.id);
  }
  return text.replace(/\{\{([^}]+)\}\}/g, (whole) => values.get(whole)!);
}

/** What to do about an unexpected error, from what it says. */
function hintFor(said: string): string {
  if (/not a valid id|UUID/.test(said))
    return 'A placeholder id ("…", "<…>")? Save it from an earlier example (save=NAME:PATH, then {{NAME}}) or look it up ({{investor:NAME}}, {{office:CODE}}, …).';
  if (/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/.test(said))
    return 'The block does not fit the schema (schema/schema.graphql): a renamed field, a missing selection or argument?';
  if (/UNAUTHENTICATED|FORBIDDEN|NOT_FOUND/.test(said))
    return 'Run as someone who may (as=OFFICE-CODE), or, if the docs mean that error, mark the block expect=CODE.';
  return 'If the docs mean that error, mark the block expect=CODE.';
}

// ---- graphql blocks ----

interface Operation {
  source: string;
  line: number;
  kind: OperationDefinitionNode['operation'];
  onlyLogin: boolean;
  /** `# → JSON` after it. */
  expected: unknown;
}

function operationsOf(example: Example): Operation[] {
  let doc: DocumentNode;
  try {
    doc = parse(example.text);
  } catch (e) {
    throw new ExampleFailure(example, `does not parse as GraphQL: ${(e as Error).message}`);
  }
  const text = example.text;
  const fragments = doc.definitions
    .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => text.slice(d.loc!.start, d.loc!.end))
    .join('\n');
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!ops.length) throw new ExampleFailure(example, 'holds no operation (a schema excerpt? mark it skip reason="…")');
  return ops.map((op, i) => {
    const gap = text.slice(op.loc!.end, ops[i + 1]?.loc!.start ?? text.length);
    const arrow = /#\s*→(.*)/.exec(gap);
    const expected = arrow ? leadingJson(arrow[1]!) : undefined;
    if (arrow && expected === undefined) throw new ExampleFailure(example, `the result after "# →" is not JSON: ${arrow[1]!.trim()}`);
    return {
      source: `${text.slice(op.loc!.start, op.loc!.end)}${fragments ? `\n${fragments}` : ''}`,
      line: example.line + text.slice(0, op.loc!.start).split('\n').length,
      kind: op.operation,
      onlyLogin: op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === 'login'),
      expected,
    };
  });
}

/** The last operation's answer, and all operations' data merged (errors gathered). */
async function runGraphQL(example: Example, saved: Map<string, string>): Promise<{ last: GraphQLResponse; all: GraphQLResponse }> {
  const { annotation } = example;
  const operations = operationsOf(example);
  const merged: Record<string, unknown> = {};
  const errors: NonNullable<GraphQLResponse['errors']> = [];
  let last: GraphQLResponse = { status: 200 };
  for (const who of annotation.as ?? [null]) {
    for (const op of operations) {
      const at = `the operation at line ${op.line}${who ? ` as ${who}` : ''}`;
      if (op.kind === 'subscription')
        throw new ExampleFailure(example, `${at} is a subscription: not run over HTTP (mark it skip reason="…")`);
      let source: string;
      let client: GraphQLClient;
      try {
        source = await substitute(op.source, saved);
        client = await clientOf(who ? personaEmail(who) : op.onlyLogin ? null : personaEmail('NC-KI'));
      } catch (e) {
        throw new ExampleFailure(example, `${at}: ${(e as Error).message}`);
      }
      const res = await client.request(source);
      last = res;
      const code = res.errors?.[0]?.extensions?.code;
      if (res.errors?.length) {
        if (code === 'INTERNAL_SERVER_ERROR' || code !== annotation.expect) {
          throw new ExampleFailure(
            example,
            `${at} answered ${code ?? 'an error'}: ${clip(res.errors)}${annotation.expect ? ` (expected ${annotation.expect})` : `\n${hintFor(clip(res.errors))}`}`,
          );
        }
        errors.push(...res.errors);
      } else if (annotation.expect) {
        throw new ExampleFailure(example, `${at} was expected to fail with ${annotation.expect} and answered ${clip(res.data)}`);
      }
      if (op.expected !== undefined && !matchesDocumented(res.data, op.expected)) {
        throw new ExampleFailure(
          example,
          `${at}: the answer does not contain the documented result.\n  documented: ${clip(JSON.stringify(op.expected))}\n  answered:   ${clip(res.data)}`,
        );
      }
      Object.assign(merged, res.data ?? {});
      for (const { name, path: p } of annotation.save) {
        const value = valueAt(res.data, p);
        if (value !== undefined && value !== null) saved.set(name, String(value));
      }
    }
  }
  return { last, all: { status: last.status, data: merged, ...(errors.length ? { errors } : {}) } };
}

// ---- curl blocks ----

async function runCurl(example: Example, saved: Map<string, string>): Promise<unknown> {
  const { annotation } = example;
  const port = new URL(server.url).port;
  const dir = await mkdtemp(path.join(tmpdir(), 'irm-docs-'));
  try {
    let output: unknown = undefined;
    for (const who of annotation.as ?? ['NC-KI']) {
      let script: string;
      let token: string | null;
      try {
        script = (await substitute(example.text, saved)).replace(/(localhost|127\.0\.0\.1):4000/g, `127.0.0.1:${port}`);
        token = (await clientOf(personaEmail(who))).token;
      } catch (e) {
        throw new ExampleFailure(example, (e as Error).message);
      }
      const prelude = 'set -euo pipefail\ncurl() { command curl --silent --show-error --fail-with-body "$@"; }\n';
      let stdout = '';
      let stderr = '';
      let failed: string | null = null;
      try {
        ({ stdout, stderr } = await run('bash', ['-c', prelude + script], {
          cwd: dir,
          env: { ...process.env, ...(token ? { TOKEN: token } : {}) },
          timeout: 30_000,
          maxBuffer: 16 * 1024 * 1024,
        }));
      } catch (e) {
        const err = e as Error & { code?: number; stdout?: string; stderr?: string };
        stdout = err.stdout ?? '';
        stderr = err.stderr ?? '';
        failed = `exit ${err.code ?? '?'}`;
      }
      output = parseOutput(stdout);
      const said = `${stdout}\n${stderr}`;
      const graphqlErrors = (output as GraphQLResponse | undefined)?.errors;
      if (annotation.expect) {
        if (!said.includes(`"${annotation.expect}"`)) {
          throw new ExampleFailure(
            example,
            `expected ${annotation.expect}, the output does not name it (${failed ?? 'exit 0'}):\n${clip(said)}`,
          );
        }
      } else if (failed || graphqlErrors?.length) {
        throw new ExampleFailure(
          example,
          `failed (${failed ?? 'GraphQL errors'}):\nstdout: ${clip(stdout)}\nstderr: ${clip(stderr)}${await downloads(dir)}\n${hintFor(stdout + stderr)}`,
        );
      }
    }
    return output;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The files a failed curl block wrote (curl -O), to say what the server answered. */
async function downloads(dir: string): Promise<string> {
  const files = await readdir(dir);
  const shown = await Promise.all(
    files.map(async (f) => `\nfile ${f}: ${clip((await readFile(path.join(dir, f), 'utf8')).slice(0, 300))}`),
  );
  return shown.join('');
}

/** What a curl block printed, as JSON: the whole output or its last line; undefined when neither parses. */
function parseOutput(stdout: string): unknown {
  const candidates = [stdout.trim(), stdout.trim().split('\n').pop() ?? ''];
  for (const c of candidates) {
    try {
      return JSON.parse(c);
    } catch {
      // not JSON
    }
  }
  return undefined;
}

// ---- one test per example ----

async function runExample(example: Example, saved: Map<string, string>): Promise<void> {
  const { annotation, expected } = example;
  if (annotation.clock) clock.set(annotation.clock);
  for (const { name } of annotation.save) saved.delete(name);
  if (annotation.sweep) await server.sweep();
  if (example.kind === 'graphql') {
    const { last, all } = await runGraphQL(example, saved);
    if (expected) {
      const whole = expected.json !== null && typeof expected.json === 'object' && ('data' in expected.json || 'errors' in expected.json);
      const [lastAnswer, allAnswers] = whole ? [last, all] : [last.data, all.data];
      if (!matchesDocumented(lastAnswer, expected.json) && !matchesDocumented(allAnswers, expected.json)) {
        throw new ExampleFailure(
          example,
          `the answer does not contain the result documented at line ${expected.line}.\n  documented: ${clip(JSON.stringify(expected.json))}\n  answered:   ${clip(allAnswers)}`,
        );
      }
    }
  } else {
    const output = await runCurl(example, saved);
    for (const { name, path: p } of annotation.save) {
      const value = valueAt(output, p);
      if (value !== undefined && value !== null) saved.set(name, String(value));
    }
    if (expected && !matchesDocumented(output, expected.json)) {
      throw new ExampleFailure(
        example,
        `the output does not contain the result documented at line ${expected.line}.\n  documented: ${clip(JSON.stringify(expected.json))}\n  printed:    ${clip(output)}`,
      );
    }
  }
  const missing = annotation.save.filter((s) => !saved.has(s.name));
  if (missing.length)
    throw new ExampleFailure(example, `save=${missing.map((s) => `${s.name}:${s.path}`).join(',')}: no such value in the answer`);
}

const titleOf = (e: Example): string => {
  const first = e.text.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
  return `example ${e.index} (line ${e.line}, ${e.kind}): ${first.trim().slice(0, 70)}`;
};

for (const doc of DOCS.filter((d) => d.examples.length || d.problems.length)) {
  describe(doc.file, () => {
    const saved = new Map<string, string>();
    beforeAll(() => {
      clock.set(new Date());
    });

    if (doc.problems.length) {
      it('has well-formed example annotations', () => {
        throw new Error(`${doc.file}: ${doc.problems.length} annotation problem(s):\n${doc.problems.join('\n')}\n${HOW_TO}`);
      });
    }
    for (const example of doc.examples) {
      if (example.annotation.skip) it.skip(`${titleOf(example)} (skipped: ${example.annotation.skip})`, () => undefined);
      else it(titleOf(example), () => runExample(example, saved));
    }
  });
}

describe('the convention itself', () => {
  it('reads annotations, operations and results, and ignores blocks quoted in a longer fence', () => {
    const md = [
      '<!-- example: as=EMB-CN,NC-KI clock=2026-03-20T10:00:00+05:00 save=a:x.id,b:y.id -->',
      '```graphql',
      'query { a }',
      '```',
      '',
      '```json',
      '{ "a": 1 }',
      '```',
      '````markdown',
      '```graphql',
      'query { quoted }',
      '```',
      '````',
      '<!-- example: skip reason="a shape" -->',
      '```sh',
      'curl localhost:4000/healthz',
      '```',
      '```sh',
      'npm start',
      '```',
    ].join('\n');
    const { examples, problems } = extractExamples('x.md', md);
    expect(problems).toEqual([]);
    expect(examples.map((e) => [e.kind, e.line, e.text])).toEqual([
      ['graphql', 2, 'query { a }'],
      ['curl', 15, 'curl localhost:4000/healthz'],
    ]);
    expect(examples[0]!.annotation).toMatchObject({
      as: ['EMB-CN', 'NC-KI'],
      clock: '2026-03-20T10:00:00+05:00',
      save: [
        { name: 'a', path: 'x.id' },
        { name: 'b', path: 'y.id' },
      ],
    });
    expect(examples[0]!.expected).toEqual({ json: { a: 1 }, line: 6 });
    expect(examples[1]!.annotation.skip).toBe('a shape');
  });

  it('reports annotations that are malformed or not followed by an example', () => {
    const { problems } = extractExamples(
      'x.md',
      '<!-- example: ass=NC-KI skip -->\n\nSome prose.\n<!-- example: as=NC-KI -->\n```json\n{}\n```\n',
    );
    expect(problems).toEqual([
      'x.md:1: unknown key "ass" (known: as, clock, save, expect, sweep, skip, reason)',
      'x.md:1: skip needs a reason: skip reason="…"',
      'x.md:1: the annotation is not followed by an example (a ```graphql block or a ```sh block with curl)',
      'x.md:4: the annotation is followed by a ```json block, not an example',
    ]);
  });

  it('matches a documented result as a subset, below fields that stand alone', () => {
    const answer = { completeServiceStep: { currentStep: { order: 5, dueAt: 'd', overdue: false } } };
    expect(matchesDocumented(answer, { order: 5, overdue: false })).toBe(true);
    expect(matchesDocumented(answer, { order: 6 })).toBe(false);
    expect(matchesDocumented({ addWorkingDays: '2026-04-01' }, '2026-04-01')).toBe(true);
    expect(matchesDocumented({ a: 1, b: 2 }, 1)).toBe(false);
    expect(matchesDocumented({ list: [{ k: 1 }, { k: 2 }] }, { list: [{ k: 2 }] })).toBe(true);
    expect(matchesDocumented({ list: [{ k: 1 }] }, { list: [{ k: 1 }, { k: 1 }] })).toBe(false);
    expect(leadingJson(' false: Nauryz moved off Sat 21 Mar')).toBe(false);
    expect(leadingJson('{ "a": "}" } and prose')).toEqual({ a: '}' });
    expect(leadingJson('see above')).toBeUndefined();
  });
});
