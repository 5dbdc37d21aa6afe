import type { Viewer } from './viewer';
import { readerOf, type Reader } from './audience';

/**
 * What an office may read, as the domains' audience policies see it (auth/audience.ts; each
 * domain's rule is its `<domain>.policy.ts`). Repositories take it and apply their policy.
 */
export interface RecordScope {
  /** The viewer's reader tokens and permissions; null without a viewer (reads nothing). */
  reader: Reader | null;
}

export function recordScopeOf(viewer: Viewer | null): RecordScope {
  return { reader: viewer ? readerOf(viewer) : null };
}
