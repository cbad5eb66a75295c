import { MAX_FILE_NAME_LENGTH } from './contract.ts';

// Path separators, characters Windows refuses and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[/\\<>:"|?*\u0000-\u001f\u007f]+/g;
// Windows drops trailing dots and spaces; a leading dot would hide the file on Unix; a dash
// left at either end by a replaced character only looks odd.
const EDGE_PUNCTUATION = /^[\s.-]+|[\s.-]+$/g;

/** Cuts at a code point boundary so an emoji is never split into half a surrogate pair. */
function truncate(text: string, maxLength: number): string {
  let result = '';
  for (const codePoint of text) {
    if (result.length + codePoint.length > maxLength) break;
    result += codePoint;
  }
  return result;
}

/**
 * Turns a workshop title into a file name main accepts as `suggestedName`: unsafe characters
 * become "-", the extension is added when missing, and the result fits in 255 characters.
 * Main refuses rather than repairs, so the renderer repairs before asking.
 */
export function toSafeFileName(title: string, extension: string, fallback = 'workshop'): string {
  const suffix = `.${extension}`;
  const hasSuffix = title.toLowerCase().endsWith(suffix.toLowerCase());
  const cleaned = (hasSuffix ? title.slice(0, -suffix.length) : title)
    .replace(/\s+/g, ' ')
    .replace(UNSAFE_CHARACTERS, '-')
    .replace(EDGE_PUNCTUATION, '');
  const stem = truncate(cleaned, MAX_FILE_NAME_LENGTH - suffix.length).replace(
    EDGE_PUNCTUATION,
    '',
  );
  return `${stem === '' ? fallback : stem}${suffix}`;
}
