/**
 * A spreadsheet's bytes to text (issue 12), the one rule for it: a byte order mark means UTF-8,
 * UTF-16LE or UTF-16BE; otherwise strict UTF-8; otherwise the legacy code pages (Windows-1252,
 * 1250, 1251, 1253, ISO 8859-15), ranked by how plausible the text each gives is. The user sees
 * the choice with a preview and may pick another. Nothing is ever decoded leniently: a byte a code
 * page leaves undefined (or maps to a C1 control, which no real text holds) rules that code page
 * out, so no replacement character is ever stored.
 */
import { decodeUtf16, decodeUtf8, unitsToString } from '../file/decode.ts';
import { CODE_PAGES } from './codepages.ts';
import type { CodePage } from './codepages.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | CodePage;

export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8': 'Unicode (UTF-8)',
  'utf-16le': 'Unicode (UTF-16, little-endian)',
  'utf-16be': 'Unicode (UTF-16, big-endian)',
  ...(Object.fromEntries(Object.entries(CODE_PAGES).map(([k, v]) => [k, v.label])) as Record<
    CodePage,
    string
  >),
};

export interface DecodedText {
  encoding: Encoding;
  text: string;
  /** How plausible the text is (higher is better); only a ranking among code pages. */
  score: number;
}

export type DecodeBytesResult =
  | {
      ok: true;
      best: DecodedText;
      /** Every decoding possible, best first. */ options: DecodedText[];
    }
  | { ok: false; message: string };

function isC1OrUndefined(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0 || (c >= 0x80 && c <= 0x9f);
}

/** The text of `bytes` in a legacy code page; null when a byte has no character in it. */
export function decodeCodePage(bytes: Uint8Array, page: CodePage): string | null {
  const high = CODE_PAGES[page].high;
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (b === 0) return null;
    if (b < 0x80) units[i] = b;
    else {
      const ch = high[b - 0x80] as string;
      if (isC1OrUndefined(ch)) return null;
      units[i] = ch.charCodeAt(0);
    }
  }
  return unitsToString(units, bytes.length);
}

const LATIN_EXTRA = /[\u00c0-\u024f]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const GREEK = /[\u0370-\u03ff]/;
/**
 * The accented letters the languages of these code pages use most (French, German, Spanish,
 * Portuguese, Italian, Nordic; Czech, Slovak, Polish, Hungarian, Croatian): a Czech file read as
 * Windows-1252 turns its ř and ě into ø and ì, which are letters too, but rare ones.
 */
const COMMON_ACCENTED = new Set(
  [...'éèêëàâäáãåçôöóõòùûüúíîïñßæøÿ', ...'ěščřžýůňťďľĺŕłąęśćńźżőűđ'].flatMap((c) => [
    c,
    c.toUpperCase(),
  ]),
);

const COMMON_SYMBOLS = new Set([
  '€',
  '£',
  '«',
  '»',
  '–',
  '—',
  '‘',
  '’',
  '“',
  '”',
  '„',
  '•',
  '…',
  '°',
  '§',
  '×',
]);

function scriptOf(ch: string): 'latin' | 'cyrillic' | 'greek' | 'other' {
  if (LATIN_EXTRA.test(ch)) return 'latin';
  if (CYRILLIC.test(ch)) return 'cyrillic';
  if (GREEK.test(ch)) return 'greek';
  return 'other';
}

/**
 * How much a text reads like text: its non-ASCII characters are scored one by one. A letter
 * scores, a common symbol (€, quotes, dashes) scores a little, anything else costs. A letter that
 * sits inside a word of another script costs: Latin words hold the odd accented letter between
 * plain ones ("Détection"), Cyrillic and Greek words are all non-ASCII ("Прогноз"); read in the
 * wrong code page, a Cyrillic word becomes a run of accented Latin letters and symbols ("Ïðîãíîç").
 */
export function plausibility(text: string): number {
  let score = 0;
  // By UTF-16 unit, ASCII skipped at once: a code page's text is all in the Basic Multilingual
  // Plane, and a megabyte of it is scored once per code page while the user waits.
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) < 0x80) continue;
    const ch = text[i] as string;
    if (COMMON_SYMBOLS.has(ch)) {
      score += 1;
      continue;
    }
    const script = scriptOf(ch);
    if (script === 'other' || !/\p{L}/u.test(ch)) {
      score -= 3;
      continue;
    }
    score += script !== 'latin' || COMMON_ACCENTED.has(ch) ? 3 : 1;
    // A Latin accented letter next to another non-ASCII letter is unusual; Cyrillic or Greek
    // next to an ASCII letter is unusual.
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    const neighbours = [prev, next].filter((c) => /\p{L}/u.test(c));
    for (const n of neighbours) {
      const isAscii = n.charCodeAt(0) < 0x80;
      if (script === 'latin' && !isAscii && scriptOf(n) === 'latin') score -= 1.5;
      if (script !== 'latin' && isAscii) score -= 2;
    }
    // Upper case after lower case inside a word is rare in every script.
    if (/\p{Lu}/u.test(ch) && /\p{Ll}/u.test(prev)) score -= 2;
  }
  return score;
}

/** The decodings of a spreadsheet's bytes, best first; or why none is possible. */
export function decodeSpreadsheetBytes(bytes: Uint8Array): DecodeBytesResult {
  const steps = decodingSteps(bytes);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * {@link decodeSpreadsheetBytes} in steps, one code page each: the screen runs a step per task so
 * that a megabyte-long file never holds the main thread for long.
 */
export function* decodingSteps(bytes: Uint8Array): Generator<void, DecodeBytesResult> {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return only('utf-16le', decodeUtf16(bytes, true), 'UTF-16');
  if (a === 0xfe && b === 0xff) return only('utf-16be', decodeUtf16(bytes, false), 'UTF-16');
  if (a === 0xef && b === 0xbb && c === 0xbf) return only('utf-8', decodeUtf8(bytes, 3), 'UTF-8');
  const utf8 = decodeUtf8(bytes, 0);
  if (utf8 !== null) return only('utf-8', utf8, 'UTF-8');
  if (bytes.includes(0)) {
    return {
      ok: false,
      message:
        'The file holds zero bytes, as UTF-16 text saved without its byte order mark does. In the spreadsheet, save it as “CSV UTF-8” (or as Unicode Text) and import that.',
    };
  }
  const options: DecodedText[] = [];
  for (const page of Object.keys(CODE_PAGES) as CodePage[]) {
    yield;
    const text = decodeCodePage(bytes, page);
    if (text !== null) options.push({ encoding: page, text, score: plausibility(text) });
  }
  options.sort((x, y) => y.score - x.score);
  const best = options[0];
  if (best === undefined) {
    return {
      ok: false,
      message:
        'The file is not text Scalepath can read: it is neither UTF-8 nor one of the Windows code pages. In the spreadsheet, save it as “CSV UTF-8” and import that.',
    };
  }
  return { ok: true, best, options };
}

function only(encoding: Encoding, text: string | null, name: string): DecodeBytesResult {
  if (text === null) {
    return {
      ok: false,
      message: `The file says it is ${name} but is not valid ${name} throughout. Save it again from the spreadsheet as “CSV UTF-8” and import that.`,
    };
  }
  const decoded = { encoding, text, score: 0 };
  return { ok: true, best: decoded, options: [decoded] };
}
