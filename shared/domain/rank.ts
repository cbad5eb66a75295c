/**
 * Positions in an ordered list as fractional indices (rocicorp's fractional-indexing: base-62
 * keys compared as plain strings). Moving a card between two others gives it a key between
 * theirs and changes nothing else, so two laptops reordering one phase merge without a conflict.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** The key of the first item of a list nobody has ordered: every new candidate starts here. */
export const FIRST_RANK = 'a0';

/** Keys longer than this are rebuilt (a column renumbered) rather than grown further. */
const MAX_RANK_LENGTH = 120;

/**
 * Whether a text is a key the ranking can build on. The schema refuses any other, so a hand-edited
 * or damaged file cannot leave a card where no key fits beside it.
 */
export function isRank(text: string): boolean {
  try {
    generateKeyBetween(text, null);
    return true;
  } catch {
    return false;
  }
}

/** Compares two ranks (by UTF-16 code units, the same on every laptop). */
export function compareRanks(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `n` keys in increasing order, the same for the same n: 'a0', 'a1', ... */
export function ranksFor(n: number): string[] {
  return generateNKeysBetween(null, null, n);
}

/** `n` increasing keys after `last` (null: from the start). */
export function ranksAfter(last: string | null, n: number): string[] {
  try {
    return generateNKeysBetween(last, null, n);
  } catch {
    return ranksFor(n);
  }
}

/**
 * A key strictly between `before` and `after` (either null for an end), or null when there is
 * none worth having: the two are equal or out of order (ties left by an older file or a merge),
 * or the key would grow too long. The caller then renumbers the list.
 */
export function rankBetween(before: string | null, after: string | null): string | null {
  if (before !== null && after !== null && before >= after) return null;
  try {
    const key = generateKeyBetween(before, after);
    return key.length > MAX_RANK_LENGTH ? null : key;
  } catch {
    return null;
  }
}

/**
 * The rank a schema-1 `phaseOrder` becomes: the n-th key of `ranksFor`, computed directly so that a
 * migration needs no context (equal orders give equal ranks, as they tied before).
 */
export function rankOfIndex(n: number): string {
  const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  // Integer keys: 'a' + 1 digit (62 of them), 'b' + 2 digits (62²), 'c' + 3 digits (62³)...
  let rest = Math.max(0, Math.trunc(n));
  let width = 1;
  while (rest >= 62 ** width) {
    rest -= 62 ** width;
    width += 1;
  }
  let digits = '';
  for (let i = 0; i < width; i++) {
    digits = (DIGITS[rest % 62] ?? '0') + digits;
    rest = Math.floor(rest / 62);
  }
  return String.fromCharCode('a'.charCodeAt(0) + width - 1) + digits;
}
