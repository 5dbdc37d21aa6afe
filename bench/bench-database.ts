// The bench database: created, marked and filled by the benches only. A database that does not
// carry the mark is never dropped or refilled (run by mistake against a live database, a bench
// must not destroy it), so the mark is checked before every destructive statement.
import { Client } from 'pg';
import { openDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { isEmpty, seedDemoData } from '../seeds/seed-demo';

export const BENCH_MARK = 'irm-bench: created by npm run bench';

export interface BenchData {
  investors: number;
  projects: number;
}

export class NotABenchDatabase extends Error {}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

/** The mark written on a database we filled: the fixed prefix plus the sizes, so a rerun can reuse it. */
function markFor(data: BenchData): string {
  return `${BENCH_MARK} (investors=${data.investors}, projects=${data.projects})`;
}

type State = { kind: 'absent' } | { kind: 'ours'; comment: string } | { kind: 'foreign'; comment: string | null };

async function inspect(admin: Client, name: string): Promise<State> {
  const { rows } = await admin.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [name],
  );
  if (rows.length === 0) return { kind: 'absent' };
  const comment = rows[0].comment;
  return comment?.startsWith(BENCH_MARK) ? { kind: 'ours', comment } : { kind: 'foreign', comment };
}

/**
 * Makes `url` a filled bench database. Absent: created, marked, filled. Ours with the same sizes
 * and `refill` false: reused as it is (only migrated). Ours otherwise: dropped and refilled.
 * Not ours: refused with NotABenchDatabase, nothing touched.
 */
export async function prepareBenchDatabase(
  url: string,
  data: BenchData,
  options: { refill: boolean; fill(url: string, data: BenchData): Promise<void> },
): Promise<'created' | 'refilled' | 'reused'> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new Client({ connectionString: adminUrl(url) });
  await admin.connect();
  let outcome: 'created' | 'refilled' | 'reused';
  try {
    const state = await inspect(admin, name);
    if (state.kind === 'foreign') {
      throw new NotABenchDatabase(
        `refusing to touch database "${name}": it was not created by the bench (its comment is ${JSON.stringify(state.comment)}, ` +
          `expected one starting with "${BENCH_MARK}"). Point BENCH_DATABASE_URL at another database name, or drop "${name}" yourself.`,
      );
    }
    if (state.kind === 'ours' && state.comment === markFor(data) && !options.refill) {
      outcome = 'reused';
    } else {
      if (state.kind === 'ours') {
        // Checked again right before the drop: a database swapped in between must still not be dropped.
        const again = await inspect(admin, name);
        if (again.kind !== 'ours') throw new NotABenchDatabase(`database "${name}" lost its bench mark; not dropping it`);
        await admin.query(`DROP DATABASE ${quoteIdent(name)} WITH (FORCE)`);
      }
      await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      // Marked as ours before anything else, but sized only once the fill finished: an interrupted
      // fill is never reused, and can still be dropped by the next run.
      await admin.query(`COMMENT ON DATABASE ${quoteIdent(name)} IS ${literal(`${BENCH_MARK} (filling)`)}`);
      outcome = state.kind === 'ours' ? 'refilled' : 'created';
    }
  } finally {
    await admin.end();
  }
  const db = await openDatabase(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'warn' }));
  try {
    if (outcome !== 'reused' && (await isEmpty(db.dataSource))) await seedDemoData(db.dataSource);
  } finally {
    await db.close();
  }
  if (outcome !== 'reused') {
    await options.fill(url, data);
    const marker = new Client({ connectionString: adminUrl(url) });
    await marker.connect();
    await marker.query(`COMMENT ON DATABASE ${quoteIdent(name)} IS ${literal(markFor(data))}`);
    await marker.end();
  }
  return outcome;
}

/** A SQL string literal (COMMENT takes no parameters). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** True when argv asks for usage; the caller prints it and exits 0. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** Unknown options are refused rather than ignored: a typo must not start a destructive run. */
export function checkOptions(argv: readonly string[], known: readonly string[], usage: string): void {
  const unknown = argv.filter((arg) => !known.includes(arg));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(' ')}\n\n${usage}`);
    process.exit(2);
  }
}

/** An empty, marked bench database at `url` (bench:live starts from nothing); refuses one not ours. */
export async function freshBenchDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    const state = await inspect(admin, name);
    if (state.kind === 'foreign') {
      throw new NotABenchDatabase(`refusing to drop database "${name}": it was not created by the bench (no "${BENCH_MARK}" comment)`);
    }
    if (state.kind === 'ours') await admin.query(`DROP DATABASE ${quoteIdent(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    await admin.query(`COMMENT ON DATABASE ${quoteIdent(name)} IS ${literal(`${BENCH_MARK} (live)`)}`);
  } finally {
    await admin.end();
  }
}
