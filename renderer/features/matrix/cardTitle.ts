/**
 * Card titles broken into two lines ahead of time, measured with a canvas in the cards' own font,
 * so that a card needs no clip to ellipsise its title. Cached per title and card width.
 */
import type { Effort } from '../../../shared/domain/criteria.ts';
import { fitLines } from '../../../shared/domain/matrix-geometry.ts';
import { CARD_WIDTH_REM } from './cardLayout.ts';

/** In step with matrix.css: `.card` font size and weight, padding and border. */
const TITLE_FONT_REM = 0.8;
const TITLE_WEIGHT = 700;
const HORIZONTAL_CHROME_REM = 0.4 + 1.5;
const BORDERS_PX = 4;
/** Canvas and layout may round differently: keep a few pixels in hand. */
const SAFETY_PX = 4;

const cache = new Map<string, string[]>();
let measurer: ((text: string) => number) | null = null;

function measureWith(): (text: string) => number {
  if (measurer) return measurer;
  const root = getComputedStyle(document.documentElement);
  const rem = parseFloat(root.fontSize) || 16;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * rem * TITLE_FONT_REM * 0.6;
  context.font = `${TITLE_WEIGHT} ${rem * TITLE_FONT_REM}px ${root.fontFamily}`;
  measurer = (text) => context.measureText(text).width;
  return measurer;
}

/** The title as the card shows it: at most two lines, the second ending in "…" if cut. */
export function cardTitleLines(title: string, effort: Effort): string[] {
  const key = `${effort}\u0000${title}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const width = (CARD_WIDTH_REM[effort] - HORIZONTAL_CHROME_REM) * rem - BORDERS_PX - SAFETY_PX;
  const lines = fitLines(title, width, 2, measureWith());
  cache.set(key, lines);
  return lines;
}
