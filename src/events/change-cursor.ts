import { badInput } from '../common/errors';
import { decodeCursor, encodeCursor } from '../common/pagination';

/**
 * A position in the change log: the writing transaction's id, then the event's sequence
 * number. Readers only read below the oldest running transaction, so nothing is ever
 * inserted behind a position already read (see ChangeLogRepository).
 */
export interface EventKey {
  txId: bigint;
  seq: bigint;
}

const DIGITS = /^\d{1,19}$/;
/** Both parts are PostgreSQL bigints: a larger number must not reach SQL (issue 7, defect 7). */
const MAX_BIGINT = 2n ** 63n - 1n;

export function cursorOf(key: EventKey): string {
  return encodeCursor([key.txId.toString(), key.seq.toString()]);
}

export function keyOfCursor(cursor: string, argument: string): EventKey {
  // decodeCursor names `after`; the subscription's cursor is `since`: one answer below for either.
  let parts: unknown[];
  try {
    parts = decodeCursor(cursor, 2);
  } catch {
    parts = [];
  }
  const [txId, seq] = parts;
  const key =
    typeof txId === 'string' && typeof seq === 'string' && DIGITS.test(txId) && DIGITS.test(seq)
      ? { txId: BigInt(txId), seq: BigInt(seq) }
      : null;
  if (!key || key.txId > MAX_BIGINT || key.seq > MAX_BIGINT)
    throw badInput('The cursor is not valid: pass a cursor the change log gave', { argument });
  return key;
}

/** Orders two positions: negative when `a` comes first. */
export function compareKeys(a: EventKey, b: EventKey): number {
  if (a.txId !== b.txId) return a.txId < b.txId ? -1 : 1;
  if (a.seq !== b.seq) return a.seq < b.seq ? -1 : 1;
  return 0;
}

export function keyOfEvent(event: { txId: string; seq: string }): EventKey {
  return { txId: BigInt(event.txId), seq: BigInt(event.seq) };
}
