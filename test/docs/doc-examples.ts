/**
 * Reads the runnable examples out of a markdown file: fenced ```graphql blocks, fenced ```sh (bash,
 * shell) blocks that call curl, the `<!-- example: … -->` annotation before each and the ```json
 * block after it. The convention is described in docs/README.md and at the top of examples.test.ts.
 */

export interface Save {
  name: string;
  path: string;
}

export interface Annotation {
  /** Personas, in turn: office code (its OFFICER, else ADMIN, else VIEWER), `CODE/ROLE`, an email, or `anonymous`. */
  as: string[] | null;
  clock: string | null;
  save: Save[];
  expect: string | null;
  sweep: boolean;
  skip: string | null;
}

export interface ExpectedResult {
  json: unknown;
  line: number;
}

export interface Example {
  file: string;
  /** 1-based position among the file's examples. */
  index: number;
  /** Line of the opening fence. */
  line: number;
  kind: 'graphql' | 'curl';
  text: string;
  annotation: Annotation;
  /** The ```json block right after the example (blank lines between only). */
  expected: ExpectedResult | null;
}

export interface ExtractedDoc {
  examples: Example[];
  /** Malformed annotations or result blocks: each fails the file's first test. */
  problems: string[];
}

const ANNOTATION_KEYS = new Set(['as', 'clock', 'save', 'expect', 'sweep', 'skip', 'reason']);
const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell']);

const emptyAnnotation = (): Annotation => ({ as: null, clock: null, save: [], expect: null, sweep: false, skip: null });

/** `as=EMB-CN clock=… save=a:x.id,b:y.id expect=NOT_FOUND sweep skip reason="…"` into an annotation (merged into `into`). */
export function parseAnnotation(body: string, into: Annotation = emptyAnnotation()): { annotation: Annotation; problems: string[] } {
  const problems: string[] = [];
  let skip = false;
  let reason: string | null = null;
  const token = /([A-Za-z]+)(?:=("([^"]*)"|\S+))?/g;
  for (const m of body.matchAll(token)) {
    const key = m[1]!;
    const value = m[3] ?? m[2] ?? null;
    if (!ANNOTATION_KEYS.has(key)) {
      problems.push(`unknown key "${key}" (known: ${[...ANNOTATION_KEYS].join(', ')})`);
      continue;
    }
    const needsValue = key !== 'sweep' && key !== 'skip';
    if (needsValue && !value) {
      problems.push(`"${key}" needs a value (${key}=…)`);
      continue;
    }
    switch (key) {
      case 'as':
        into.as = value!.split(',').map((s) => s.trim());
        break;
      case 'clock':
        if (Number.isNaN(new Date(value!).getTime()))
          problems.push(`clock=${value} is not a date and time (e.g. 2026-03-20T10:00:00+05:00)`);
        into.clock = value;
        break;
      case 'save':
        for (const part of value!.split(',')) {
          const [name, path] = part.split(':');
          if (!name || !path || !/^\w+$/.test(name))
            problems.push(`save=${part} is not name:path (e.g. save=request:submitInvestorRequest.id)`);
          else into.save.push({ name, path });
        }
        break;
      case 'expect':
        into.expect = value;
        break;
      case 'sweep':
        into.sweep = true;
        break;
      case 'skip':
        skip = true;
        if (value) reason = value;
        break;
      case 'reason':
        reason = value;
        break;
    }
  }
  if (skip || reason) {
    if (!skip) problems.push('reason="…" without skip');
    else if (!reason) problems.push('skip needs a reason: skip reason="…"');
    else into.skip = reason;
  }
  return { annotation: into, problems };
}

interface Fence {
  lang: string;
  line: number;
  text: string;
  /** Only blank lines (or annotations) since the previous fence closed. */
  adjacentToPrevious: boolean;
  annotation: Annotation | null;
  annotationLine: number;
}

const isExample = (f: Fence): boolean => f.lang === 'graphql' || (SHELL_LANGUAGES.has(f.lang) && /\bcurl\b/.test(f.text));

/** The examples of one markdown file, with their annotations and documented results. */
export function extractExamples(file: string, markdown: string): ExtractedDoc {
  const lines = markdown.split(/\r?\n/);
  const problems: string[] = [];
  const fences: Fence[] = [];
  let pending: Annotation | null = null;
  let pendingLine = 0;
  let adjacent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (open) {
      // CommonMark: closed by a fence of the same character at least as long, nothing after it.
      const marker = open[1]!;
      const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !close.test(lines[j]!)) body.push(lines[j++]!);
      fences.push({
        lang: open[2]!.toLowerCase(),
        line: i + 1,
        text: body.join('\n'),
        adjacentToPrevious: adjacent,
        annotation: pending,
        annotationLine: pendingLine,
      });
      pending = null;
      adjacent = true;
      i = j;
      continue;
    }
    const comment = /^\s*<!--\s*example:(.*)$/.exec(line);
    if (comment) {
      let body = comment[1]!;
      const start = i + 1;
      while (!body.includes('-->') && i + 1 < lines.length) body += ' ' + lines[++i];
      if (!body.includes('-->')) problems.push(`${file}:${start}: the annotation is not closed with -->`);
      const parsed = parseAnnotation(body.slice(0, body.indexOf('-->')), pending ?? undefined);
      for (const p of parsed.problems) problems.push(`${file}:${start}: ${p}`);
      if (!pending) pendingLine = start;
      pending = parsed.annotation;
      continue;
    }
    if (line.trim() !== '') {
      adjacent = false;
      if (pending) {
        problems.push(
          `${file}:${pendingLine}: the annotation is not followed by an example (a \`\`\`graphql block or a \`\`\`sh block with curl)`,
        );
        pending = null;
        pendingLine = 0;
      }
    }
  }
  if (pending) problems.push(`${file}:${pendingLine}: the annotation is not followed by an example`);

  const examples: Example[] = [];
  fences.forEach((fence, n) => {
    if (!isExample(fence)) {
      if (fence.annotation)
        problems.push(
          `${file}:${fence.annotationLine}: the annotation is followed by a \`\`\`${fence.lang || '(plain)'} block, not an example`,
        );
      if (fence.lang === 'json' && fence.adjacentToPrevious && n > 0 && isExample(fences[n - 1]!)) {
        const example = examples[examples.length - 1]!;
        try {
          example.expected = { json: JSON.parse(fence.text), line: fence.line };
        } catch (e) {
          problems.push(
            `${file}:${fence.line}: the result block after the example at line ${example.line} is not JSON: ${(e as Error).message}`,
          );
        }
      }
      return;
    }
    examples.push({
      file,
      index: examples.length + 1,
      line: fence.line,
      kind: fence.lang === 'graphql' ? 'graphql' : 'curl',
      text: fence.text,
      annotation: fence.annotation ?? emptyAnnotation(),
      expected: null,
    });
  });
  return { examples, problems };
}

/**
 * The JSON value at the start of `text` (what follows is commentary): `false: Nauryz…` gives false,
 * `{ "order": 5 } then…` gives the object. Undefined when it does not start with one.
 */
export function leadingJson(text: string): unknown {
  const s = text.trimStart();
  let end = -1;
  if (s[0] === '{' || s[0] === '[' || s[0] === '"') {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') {
          inString = false;
          if (depth === 0) {
            end = i + 1;
            break;
          }
        }
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (--depth === 0) {
          end = i + 1;
          break;
        }
      }
    }
  } else {
    const m = /^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(s);
    if (m) end = m[0].length;
  }
  if (end < 0) return undefined;
  try {
    return JSON.parse(s.slice(0, end));
  } catch {
    return undefined;
  }
}

/**
 * Whether `actual` contains `expected` as a subset: objects by their keys, arrays element by element
 * in any order (each expected element matched by a different actual one), scalars exactly.
 */
export function containsSubset(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const used = new Set<number>();
    return expected.every((e) => {
      const i = actual.findIndex((a, k) => !used.has(k) && containsSubset(a, e));
      if (i < 0) return false;
      used.add(i);
      return true;
    });
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) => k in actual && containsSubset((actual as Record<string, unknown>)[k], v));
  }
  return actual === expected;
}

/**
 * A documented result matches an answer when the answer contains it as a subset, either at the top
 * or below fields that are alone in their object: `{ "order": 5 }` matches
 * `{ completeServiceStep: { currentStep: { order: 5, … } } }`, and `"2026-04-01"` matches
 * `{ addWorkingDays: "2026-04-01" }`.
 */
export function matchesDocumented(actual: unknown, expected: unknown): boolean {
  for (let a = actual; ;) {
    if (containsSubset(a, expected)) return true;
    if (a === null || typeof a !== 'object' || Array.isArray(a)) return false;
    const values = Object.values(a);
    if (values.length !== 1) return false;
    a = values[0];
  }
}

/** `submitInvestorRequest.id`, `reports.0.id` in an answer; undefined when absent. */
export function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
