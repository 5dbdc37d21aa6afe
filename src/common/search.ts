import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Db } from '../db/transactions';
import { SnapshotCache } from './change-caches';

/**
 * Full-text search of a list (the `search` of InvestorFilter and ProjectFilter) over a tsvector
 * column in PostgreSQL's 'simple' configuration. What a person typed is read as words (letters and
 * digits of any script, at most 10), all required: the last may be the beginning of a word, those
 * before it are whole words, since a space followed them (search as you type; Algolia's
 * "prefixLast").
 *
 * Issue 12, a million investors: PostgreSQL 15 estimates every prefix at 2% of the rows whatever
 * the word, so it read a page newest first (stopping at 20 matches) for a word that names 11
 * investors (330 ms: every row read) and collected a word's whole posting list for one that
 * names 166,668 (46 ms with a regional office's scope, against 1 ms newest first). The share of
 * rows that hold the words is read here from the table's statistics instead (its most common
 * words), and the condition is written so that the planner's estimate falls on the right side:
 * - broad (the words are common): the last word also as a whole word, `(w | w:*)`, which matches
 *   the same rows but is estimated by the word's own frequency: the page is found newest first;
 * - narrow (a word is rare): the condition twice, which squares the estimate: the page is read
 *   from the search index, at a cost bounded by the words' posting lists, and sorted.
 */
const MAX_WORDS = 10;

/** Shares at or above these mean a page of 20 is found quickly newest first (one word; several, whose product misleads when they are correlated). */
const BROAD_ONE_WORD = 0.01;
const BROAD_WORDS = 0.1;

/** How often a table's word statistics are read again (ANALYZE, run by autovacuum, renews them). */
const STATISTICS_TTL_MS = 10 * 60_000;

/** The share of rows holding each of a table's most common words (PostgreSQL's statistics of its `search_vector`). */
export class SearchStatistics {
  private readonly cache: SnapshotCache<ReadonlyMap<string, number>>;

  constructor(db: Db, table: string) {
    this.cache = new SnapshotCache(async () => {
      const [row]: { words: string[] | null; shares: number[] | null }[] = await db.manager.query(
        `SELECT most_common_elems::text::text[] AS words, most_common_elem_freqs AS shares
         FROM pg_stats WHERE schemaname = current_schema() AND tablename = $1 AND attname = 'search_vector'`,
        [table],
      );
      // Without statistics (a table never analyzed) every word counts as rare.
      return new Map((row?.words ?? []).map((word, i) => [word, row!.shares![i]!]));
    }, STATISTICS_TTL_MS);
  }

  shares(): Promise<ReadonlyMap<string, number>> {
    return this.cache.get();
  }
}

/** The words of a search text; none when it holds no letter or digit. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/** Keeps the rows of `qb` whose tsvector `column` matches `words` (see above); `shares` from SearchStatistics. */
export function whereSearch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  words: readonly string[],
  shares: ReadonlyMap<string, number>,
): void {
  const whole = words.slice(0, -1);
  const last = words[words.length - 1]!;
  let share = whole.reduce((product, w) => product * (shares.get(w) ?? 0), 1);
  let startingWithLast = 0;
  for (const [word, s] of shares) if (word.startsWith(last)) startingWithLast += s;
  share *= Math.min(1, startingWithLast);
  const condition = `${column} @@ to_tsquery('simple', :searchQuery)`;
  if (share >= (words.length === 1 ? BROAD_ONE_WORD : BROAD_WORDS)) {
    qb.andWhere(condition, { searchQuery: [...whole, `(${last} | ${last}:*)`].join(' & ') });
  } else {
    qb.andWhere(`${condition} AND ${condition}`, { searchQuery: [...whole, `${last}:*`].join(' & ') });
  }
}
