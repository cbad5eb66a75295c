/**
 * Text fitting: whatever the room typed (300-character titles, pasted paragraphs, tabs, words
 * longer than a column) is wrapped to a box's width and cut to its number of lines, with an
 * ellipsis where text was left out. Pure: widths come from a `Measure`, so the rules are tested
 * without a PDF and the same code serves every font and size.
 */

/** The width in points of a text at the current font and size. */
export type Measure = (text: string) => number;

export const ELLIPSIS = '…';

export interface FittedText {
  lines: string[];
  /** True when text was left out to fit (the last line then ends with an ellipsis). */
  isTruncated: boolean;
}

// Control characters other than the newline would draw as boxes or move the pen.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\ufeff]/g;

/**
 * Tidies typed text for drawing: newlines normalised (kept for paragraphs, or turned into spaces
 * when `isSingleLine`), tabs to spaces, control characters dropped, runs of spaces collapsed,
 * more than one blank line collapsed into one, ends trimmed.
 */
export function cleanText(text: string, isSingleLine = false): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  if (isSingleLine) return lines.filter((l) => l !== '').join(' ');
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The longest prefix of `chars` whose width (plus `suffix`) fits `width`; at least 0 chars. */
function longestFittingPrefix(
  chars: readonly string[],
  width: number,
  measure: Measure,
  suffix = '',
): number {
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('') + suffix) <= width) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A dash standing between spaces, as in "Phase 2 - Expansion". */
const LONE_DASH = /^[-–—]$/;

/**
 * The units a line may break between: words, except that a lone dash stays with the word after
 * it. A line ending in "-" would read as a hyphenated word (and text extraction joins it so).
 */
function unbreakable(paragraph: string): string[] {
  const units: string[] = [];
  let dash: string | null = null;
  for (const word of paragraph.split(' ')) {
    if (dash !== null) {
      units.push(`${dash} ${word}`);
      dash = null;
    } else if (LONE_DASH.test(word)) {
      dash = word;
    } else {
      units.push(word);
    }
  }
  if (dash !== null) units.push(dash);
  return units;
}

/** Splits a word wider than `width` into pieces that each fit (at least one character each). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let chars = Array.from(word);
  while (chars.length > 0) {
    const n = Math.max(1, longestFittingPrefix(chars, width, measure));
    pieces.push(chars.slice(0, n).join(''));
    chars = chars.slice(n);
  }
  return pieces;
}

/**
 * Wraps text to `width`: paragraphs (newlines) start new lines, words go on the current line while
 * they fit, and a word wider than the whole line is broken between characters. Blank paragraphs
 * become one empty line. No kerning is applied by the PDF, so a line's width is the sum of its
 * words' and spaces' widths, and each word is measured once.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of cleanText(text).split('\n')) {
    if (paragraph === '') {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of unbreakable(paragraph)) {
      const wordWidth = measure(word);
      if (line !== '' && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = breakWord(word, width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * `text` with an ellipsis at its end, shortened until both fit `width` (trailing spaces and
 * punctuation before the ellipsis are dropped). An empty string when not even the ellipsis fits.
 */
export function withEllipsis(text: string, width: number, measure: Measure): string {
  if (measure(ELLIPSIS) > width) return '';
  const chars = Array.from(text);
  const n = longestFittingPrefix(chars, width, measure, ELLIPSIS);
  return `${chars
    .slice(0, n)
    .join('')
    .replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
}

/** One line: the text when it fits `width`, else its longest prefix that fits with an ellipsis. */
export function ellipsize(text: string, width: number, measure: Measure): string {
  const line = cleanText(text, true);
  return measure(line) <= width ? line : withEllipsis(line, width, measure);
}

/**
 * Wraps text to `width` and keeps at most `maxLines` lines; when text is left out, the last kept
 * line ends with an ellipsis. Trailing blank lines are dropped. `maxLines` 0 gives no line.
 */
export function fitText(
  text: string,
  width: number,
  maxLines: number,
  measure: Measure,
): FittedText {
  return cutLines(wrapText(text, width, measure), width, maxLines, measure);
}

/**
 * Keeps at most `maxLines` of already wrapped lines (see fitText), so that a caller that wrapped
 * a text once to see how long it is need not wrap it again to cut it.
 */
export function cutLines(
  wrapped: readonly string[],
  width: number,
  maxLines: number,
  measure: Measure,
): FittedText {
  const all = [...wrapped];
  while (all.length > 0 && all[all.length - 1] === '') all.pop();
  if (all.length <= maxLines) return { lines: all, isTruncated: false };
  if (maxLines <= 0) return { lines: [], isTruncated: all.length > 0 };
  const lines = all.slice(0, maxLines);
  // A blank last line would hide the ellipsis: end on the last line that holds text.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const last = lines.length - 1;
  lines[last] = withEllipsis(lines[last] ?? '', width, measure);
  return { lines, isTruncated: true };
}
