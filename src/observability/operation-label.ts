/** Distinct operation names that get a series of their own; later ones share `other`. */
const MAX_NAMES = 100;
/** GraphQL names are [_A-Za-z][_0-9A-Za-z]*; a long one is cut so a label stays short. */
const MAX_LENGTH = 64;

const known = new Set<string>();

/**
 * The metric label of an operation. Clients choose operation names, so the set is unbounded:
 * only a name from a document that passed validation counts (others are `invalid`), it is cut
 * to 64 characters, and past the first 100 distinct names the rest are `other`.
 */
export function operationLabel(name: string | null | undefined, validated: boolean): string {
  if (!validated) return 'invalid';
  if (!name) return 'anonymous';
  const label = name.slice(0, MAX_LENGTH);
  if (known.has(label)) return label;
  if (known.size >= MAX_NAMES) return 'other';
  known.add(label);
  return label;
}
