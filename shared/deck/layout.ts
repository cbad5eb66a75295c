/**
 * The deck's page geometry, its one type scale and its colours. Every section draws inside the
 * boxes defined here, so that headers, footers and content never collide and nothing is drawn
 * outside the page.
 *
 * 960 x 540 pt is 16:9 at the size of a widescreen slide (13.33 x 7.5 in): it fills a projector,
 * a laptop and a tablet in landscape, and a phone zooms into it like any slide deck.
 */

/** A rectangle in points, from the page's top-left corner (y grows downwards). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const PAGE = { width: 960, height: 540 } as const;

/** Space kept clear on the left and right of every page. */
export const MARGIN = 40;

/** The header band: workshop title on the left, section title on the right, a rule beneath. */
export const HEADER = { baseline: 28, rule: 38 } as const;

/** The footer band: a rule, then organisation and date on the left, "n / N" on the right. */
export const FOOTER = { rule: 510, baseline: 528 } as const;

/** Where a page's heading goes (under the header). */
export const HEADING_BOX: Box = { x: MARGIN, y: 50, w: PAGE.width - 2 * MARGIN, h: 34 };

/** Where a page's content goes: between the heading and the footer. */
export const CONTENT: Box = { x: MARGIN, y: 94, w: PAGE.width - 2 * MARGIN, h: 406 };

/**
 * The one type scale, in points. Sizes were chosen for a projected slide read from the back of a
 * room: nothing smaller than 10 pt (footers, legends), body text at 12-14 pt.
 */
export const TYPE = {
  /** Cover title and the big figures of the summary. */
  title: 28,
  /** Page headings. */
  heading: 20,
  /** Sub-headings and text that is read, not scanned. */
  body: 14,
  /** Tables and dense lists. */
  compact: 12,
  /** Header, footer, legends, axis labels. */
  small: 10,
} as const;

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;

/** The height of `lines` lines of text at `size`. */
export function linesHeight(lines: number, size: number): number {
  return lines <= 0 ? 0 : lines * size * LINE_HEIGHT;
}

/** How many lines of text at `size` fit in `height` points. */
export function linesThatFit(height: number, size: number): number {
  return Math.max(0, Math.floor((height + 1e-6) / (size * LINE_HEIGHT)));
}

/** An RGB colour as a hex string (#rrggbb). */
export type Colour = `#${string}`;

/** The app's palette (renderer/app/styles.css), so that the deck looks like the app. */
export const COLOURS = {
  ink: '#14181f',
  inkSoft: '#3d4654',
  line: '#c9d0da',
  panel: '#f3f5f8',
  paper: '#ffffff',
  accent: '#0b5cad',
  danger: '#a4161a',
  warning: '#8a5a00',
  quickWins: '#1d7a3a',
  strategicBets: '#0b5cad',
  fillIns: '#8a5a00',
  reconsider: '#6b7280',
} as const satisfies Record<string, Colour>;

/** Splits a width into `count` columns with `gap` points between them. */
export function columns(box: Box, count: number, gap: number): Box[] {
  const w = (box.w - gap * (count - 1)) / count;
  return Array.from({ length: count }, (_, i) => ({
    x: box.x + i * (w + gap),
    y: box.y,
    w,
    h: box.h,
  }));
}

/** True when `inner` lies within `outer` (edges included, to a hundredth of a point). */
export function isWithin(inner: Box, outer: Box): boolean {
  const e = 0.01;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.w <= outer.x + outer.w + e &&
    inner.y + inner.h <= outer.y + outer.h + e
  );
}
