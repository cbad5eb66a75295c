import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/deck/text-fit.ts';
import {
  ELLIPSIS,
  cleanText,
  ellipsize,
  fitText,
  withEllipsis,
  wrapText,
} from '../../../shared/deck/text-fit.ts';

/** Every character 6 pt wide: easy to reason about. */
const mono: Measure = (text) => Array.from(text).length * 6;

describe('cleanText', () => {
  it('normalises newlines, drops control characters and collapses spaces', () => {
    expect(cleanText('  a\tb\u0007c  \r\n\r\n\r\n\r\nd   e ')).toBe('a bc\n\nd e');
    expect(cleanText('line one\nline two', true)).toBe('line one line two');
    expect(cleanText('\ufeffzero\u200bwidth')).toBe('zerowidth');
  });
});

describe('wrapText', () => {
  it('fills lines word by word and keeps paragraphs', () => {
    expect(wrapText('aaa bbb ccc ddd', 48, mono)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrapText('one\n\ntwo', 600, mono)).toEqual(['one', '', 'two']);
  });

  it('breaks a word wider than the line between characters', () => {
    expect(wrapText('abcdefghij', 24, mono)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps a lone dash with the word after it', () => {
    expect(wrapText('Phase 2 - Expansion', 66, mono)).toEqual(['Phase 2', '- Expansion']);
  });

  it('never gives a line wider than the width, and loses no word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Zа-яΑ-ω]{1,30}$/), { maxLength: 40 }),
        fc.integer({ min: 6, max: 400 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, mono);
          for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(Math.max(width, 6));
          expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('fitText and ellipsis', () => {
  it('cuts to the number of lines, ending with an ellipsis', () => {
    const fitted = fitText('aaa bbb ccc ddd eee', 48, 2, mono);
    expect(fitted.isTruncated).toBe(true);
    expect(fitted.lines).toEqual(['aaa bbb', `ccc ddd${ELLIPSIS}`]);
    expect(fitText('aaa', 48, 2, mono)).toEqual({ lines: ['aaa'], isTruncated: false });
    expect(fitText('aaa', 48, 0, mono)).toEqual({ lines: [], isTruncated: true });
  });

  it('ellipsises one line only when it does not fit', () => {
    expect(ellipsize('short', 60, mono)).toBe('short');
    expect(ellipsize('a much longer title', 60, mono)).toBe(`a much lo${ELLIPSIS}`);
    expect(withEllipsis('abc', 3, mono)).toBe('');
    // Trailing spaces and punctuation go before the ellipsis.
    expect(withEllipsis('one, two', 30, mono)).toBe(`one${ELLIPSIS}`);
  });

  it('always fits the box it is given', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.integer({ min: 6, max: 500 }),
        fc.integer({ min: 0, max: 6 }),
        (text, width, maxLines) => {
          const { lines, isTruncated } = fitText(text, width, maxLines, mono);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(Math.max(width, 6));
          if (isTruncated && lines.length > 0) expect(lines[lines.length - 1]).toMatch(/…$/);
        },
      ),
    );
  });
});
