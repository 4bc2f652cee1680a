import { InvalidInputError } from '@laurels/domain';
import { isStorableDate } from './date-time.scalar.js';
import { isId } from './ids.js';

/** A keyset position in a list ordered by time then id, opaque to clients. */
export interface Position {
  readonly at: Date;
  readonly id: string;
}

/** One page of a list ordered newest first: `first` rows, older than `after` when given. */
export interface KeysetPage {
  readonly first: number;
  readonly after: Position | null;
}

/** The key of a batched page load: whose list, and where the page starts. */
export const keysetPageKey = (owner: string, page: KeysetPage) =>
  `${owner}:${page.first}:${page.after?.at.toISOString() ?? ''}:${page.after?.id ?? ''}`;

/** The pages' sizes and cursors, as the parallel arrays an `unnest(…) AS k(…, size, after_at, after_id)` reads. */
export const keysetColumns = (pages: readonly KeysetPage[]) => ({
  sizes: pages.map((page) => page.first),
  afterAts: pages.map((page) => page.after?.at ?? null),
  afterIds: pages.map((page) => page.after?.id ?? null),
});

/** Whether a row at (at, id) comes after the cursor, newest first: on the page a batched load shares out. */
export const isPastCursor = (at: Date, id: string, after: Position | null) =>
  !after || at.getTime() < after.at.getTime() || (at.getTime() === after.at.getTime() && id < after.id);

export function encodeCursor(position: Position): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): Position {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!isId(id) || !isStorableDate(at)) throw new InvalidInputError(field, `${field} is not a cursor this API gave out`);
  return { at, id };
}

/** Clamps a page size argument, rejecting nonsense rather than guessing. */
export function pageSize(first: number, max: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new InvalidInputError(field, `${field} must be from 1 to ${max}`);
  }
  return first;
}

/** A keyset position in a list ordered by a text key then id (the people directory: by name). */
export interface TextPosition {
  readonly key: string;
  readonly id: string;
}

export function encodeTextCursor(position: TextPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export function decodeTextCursor(cursor: string, field = 'after'): TextPosition {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // Not JSON: refused below like any other cursor this API did not give out.
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || !isId(parsed[1])) {
    throw new InvalidInputError(field, `${field} is not a cursor this API gave out`);
  }
  return { key: parsed[0], id: parsed[1] };
}
