/**
 * A prefix full-text query for PostgreSQL's to_tsquery('simple', …) from what a person typed:
 * words only (letters and digits of any script), each a prefix, all required. Null when no word.
 */
export function prefixTsQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0
    ? words
        .slice(0, 10)
        .map((w) => `${w}:*`)
        .join(' & ')
    : null;
}
