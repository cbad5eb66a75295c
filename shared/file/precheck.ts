/**
 * Cheap checks on an untrusted `.scalepath` text BEFORE and right after `JSON.parse`.
 *
 * `JSON.parse` and zod are recursive and allocate freely, so a hostile or broken file could
 * overflow the stack (10,000 nested brackets), stall the UI (a 50 MB string) or reach a
 * prototype (`__proto__` keys). Every check here is one linear pass with no recursion, so it
 * refuses such files in time proportional to their length and never throws.
 */

/** Largest file Scalepath reads, in UTF-8 bytes. A real workshop is a few hundred KB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Deepest bracket nesting accepted. A real file nests 4 deep (file, candidates, candidate, scores). */
export const MAX_NESTING_DEPTH = 64;

/**
 * Longest string literal accepted, in UTF-16 code units of the raw text (escapes counted as
 * written, so this over-counts and never lets a longer string through). The longest text field
 * of a record is 10,000 characters.
 */
export const MAX_STRING_LENGTH = 100_000;

/** Keys that reach or replace an object's prototype when data is merged or copied carelessly. */
export const HOSTILE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type PrecheckProblem =
  | { code: 'too-large'; limit: number }
  | { code: 'too-deep'; limit: number }
  | { code: 'string-too-long'; limit: number };

export interface PrecheckLimits {
  maxBytes: number;
  maxDepth: number;
  maxStringLength: number;
}

export const DEFAULT_PRECHECK_LIMITS: Readonly<PrecheckLimits> = {
  maxBytes: MAX_FILE_BYTES,
  maxDepth: MAX_NESTING_DEPTH,
  maxStringLength: MAX_STRING_LENGTH,
};

/**
 * The size of a text once encoded as UTF-8, counted by hand because shared/ has no TextEncoder.
 * A lone surrogate counts 3 bytes, as TextEncoder writes it (U+FFFD).
 */
export function utf8ByteLength(text: string): number {
  return countUtf8Bytes(text, Number.POSITIVE_INFINITY);
}

/** Counts UTF-8 bytes, stopping as soon as the count passes `stopAbove`. */
function countUtf8Bytes(text: string, stopAbove: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when the text takes more than `maxBytes` in UTF-8, without counting when it need not. */
function isOverByteLimit(text: string, maxBytes: number): boolean {
  // Every UTF-16 code unit takes 1 to 3 bytes (a surrogate pair: 4 bytes for 2 units).
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return countUtf8Bytes(text, maxBytes) > maxBytes;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Checks a raw file text before it is parsed: its UTF-8 size, then, in one pass, the nesting
 * depth of brackets outside strings and the length of every string literal. Returns the first
 * problem found, or null. It does not check that the text is JSON; `JSON.parse` does that next.
 */
export function precheckText(
  text: string,
  limits: Readonly<PrecheckLimits> = DEFAULT_PRECHECK_LIMITS,
): PrecheckProblem | null {
  if (isOverByteLimit(text, limits.maxBytes)) return { code: 'too-large', limit: limits.maxBytes };

  let depth = 0;
  let isInString = false;
  let isEscaped = false;
  let stringLength = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isInString) {
      if (isEscaped) isEscaped = false;
      else if (unit === BACKSLASH) isEscaped = true;
      else if (unit === QUOTE) {
        isInString = false;
        continue;
      }
      stringLength++;
      if (stringLength > limits.maxStringLength) {
        return { code: 'string-too-long', limit: limits.maxStringLength };
      }
    } else if (unit === QUOTE) {
      isInString = true;
      stringLength = 0;
    } else if (unit === OPEN_BRACKET || unit === OPEN_BRACE) {
      depth++;
      if (depth > limits.maxDepth) return { code: 'too-deep', limit: limits.maxDepth };
    } else if (unit === CLOSE_BRACKET || unit === CLOSE_BRACE) {
      // Unbalanced closers make the text invalid JSON; clamping keeps them from buying depth.
      depth = Math.max(0, depth - 1);
    }
  }
  return null;
}

/** Where a hostile key sits: the key and the path of the object that holds it. */
export interface HostileKeyHit {
  key: string;
  path: Array<string | number>;
}

function isHostileKey(key: string): boolean {
  return HOSTILE_KEYS.includes(key);
}

/**
 * Finds the first key named `__proto__`, `constructor` or `prototype` anywhere in parsed JSON,
 * walking with an explicit stack (no recursion). `JSON.parse` stores such keys as plain own
 * properties, so parsing itself is safe; refusing them keeps any later copy or merge safe too.
 */
export function findHostileKey(value: unknown): HostileKeyHit | null {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const current = item.value;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], path: [...item.path, i] });
      }
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      const hostile = keys.find(isHostileKey);
      if (hostile !== undefined) return { key: hostile, path: item.path };
      const record = current as Record<string, unknown>;
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        stack.push({ value: record[key], path: [...item.path, key] });
      }
    }
  }
  return null;
}
