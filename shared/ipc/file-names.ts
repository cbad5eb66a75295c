import { utf8ByteLength } from '../file/precheck.ts';
import { MAX_FILE_NAME_BYTES } from './contract.ts';

// Path separators, characters Windows refuses and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[/\\<>:"|?*\u0000-\u001f\u007f]+/g;
// Windows drops trailing dots and spaces; a leading dot would hide the file on Unix; a dash
// left at either end by a replaced character only looks odd.
const EDGE_PUNCTUATION = /^[\s.-]+|[\s.-]+$/g;

/**
 * The longest start of `text` that fits in `maxBytes` of UTF-8, cut between code points, so no
 * character (an emoji, a Cyrillic letter) is ever split.
 */
function truncateToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const codePoint of text) {
    bytes += utf8ByteLength(codePoint);
    if (bytes > maxBytes) break;
    end += codePoint.length;
  }
  return text.slice(0, end);
}

/**
 * Turns a workshop title into a file name main accepts as `suggestedName`: unsafe characters
 * become "-", the extension is added when missing, and the result fits in 255 bytes of UTF-8
 * (ext4 and APFS count bytes, not characters: 255 Cyrillic letters would not fit).
 * Main refuses rather than repairs, so the renderer repairs before asking.
 */
export function toSafeFileName(title: string, extension: string, fallback = 'workshop'): string {
  const suffix = `.${extension}`;
  const hasSuffix = title.toLowerCase().endsWith(suffix.toLowerCase());
  const cleaned = (hasSuffix ? title.slice(0, -suffix.length) : title)
    .replace(/\s+/g, ' ')
    .replace(UNSAFE_CHARACTERS, '-')
    .replace(EDGE_PUNCTUATION, '');
  const stem = truncateToBytes(cleaned, MAX_FILE_NAME_BYTES - utf8ByteLength(suffix)).replace(
    EDGE_PUNCTUATION,
    '',
  );
  return `${stem === '' ? fallback : stem}${suffix}`;
}
