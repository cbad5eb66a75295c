/**
 * The one rule for turning a `.scalepath` file's bytes into text, on every surface: the browser's
 * file input, the desktop's reader (main sends the text to the renderer) and `npm run deck`.
 * UTF-8, with or without a byte order mark, and UTF-16 (little- or big-endian) with one, are
 * decoded exactly; anything else is refused in plain words. A lenient decoder would turn every "é"
 * of a Latin-1 file into U+FFFD, and the workshop would be stored with those for good.
 *
 * Written by hand because shared/ has no TextDecoder (ES2023 only, no DOM or Node types).
 */
import { fileTooLargeError, notUtf8Error } from './messages.ts';
import type { FileError, NotUtf8Reason } from './messages.ts';
import { MAX_FILE_BYTES } from './precheck.ts';

export type DecodeFileResult = { ok: true; text: string } | { ok: false; error: FileError };

/**
 * The size check every surface makes before reading a file (and again on the bytes read, as a
 * file may grow meanwhile): bytes as they are on disk, against the limit import uses.
 */
export function checkFileSize(bytes: number, name?: string): FileError | null {
  return bytes > MAX_FILE_BYTES ? fileTooLargeError(bytes, name) : null;
}

/**
 * Decodes a file's bytes exactly, or refuses them (code `not-utf8`). The byte order mark is not
 * part of the text. A zero byte is refused too: JSON never holds one, and text saved as UTF-16
 * without a byte order mark is full of them.
 */
export function decodeFileBytes(bytes: Uint8Array, name?: string): DecodeFileResult {
  const refuse = (reason: NotUtf8Reason): DecodeFileResult => ({
    ok: false,
    error: notUtf8Error(reason, name),
  });
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    const text = decodeUtf16(bytes, first === 0xff);
    return text === null ? refuse('broken-utf16') : { ok: true, text };
  }
  const start = first === 0xef && second === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = decodeUtf8(bytes, start);
  if (text === null) return refuse(bytes.includes(0) ? 'zero-bytes' : 'invalid-utf8');
  return { ok: true, text };
}

// String.fromCharCode takes its code units as arguments: a bounded number at a time.
const CHUNK = 0x2000;

export function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    const chunk = units.subarray(i, Math.min(i + CHUNK, length));
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join('');
}

/** Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF, no NUL. */
export function decodeUtf8(bytes: Uint8Array, start: number): string | null {
  // Every byte gives at most one UTF-16 code unit (four bytes give two).
  const units = new Uint16Array(bytes.length);
  let length = 0;
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      if (lead === 0) return null;
      units[length++] = lead;
      i += 1;
      continue;
    }
    let extra: number;
    let codePoint: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [extra, codePoint, min] = [1, lead & 0x1f, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [extra, codePoint, min] = [2, lead & 0x0f, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [extra, codePoint, min] = [3, lead & 0x07, 0x10000];
    else return null;
    if (i + extra >= bytes.length) return null;
    for (let k = 1; k <= extra; k += 1) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return null;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || isSurrogate(codePoint)) return null;
    if (codePoint >= 0x10000) {
      const offset = codePoint - 0x10000;
      units[length++] = 0xd800 + (offset >> 10);
      units[length++] = 0xdc00 + (offset & 0x3ff);
    } else units[length++] = codePoint;
    i += extra + 1;
  }
  return unitsToString(units, length);
}

/** UTF-16 after its byte order mark: whole code units, surrogates in pairs, no NUL. */
export function decodeUtf16(bytes: Uint8Array, isLittleEndian: boolean): string | null {
  if (bytes.length % 2 !== 0) return null;
  const count = bytes.length / 2 - 1;
  const units = new Uint16Array(count);
  for (let u = 0; u < count; u += 1) {
    const a = bytes[2 + 2 * u] as number;
    const b = bytes[3 + 2 * u] as number;
    units[u] = isLittleEndian ? a | (b << 8) : (a << 8) | b;
  }
  for (let u = 0; u < count; u += 1) {
    const unit = units[u] as number;
    if (unit === 0) return null;
    if (unit >= 0xdc00 && unit <= 0xdfff) return null;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = units[u + 1];
      if (low === undefined || low < 0xdc00 || low > 0xdfff) return null;
      u += 1;
    }
  }
  return unitsToString(units, count);
}

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}
