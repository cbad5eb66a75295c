/**
 * Geometry of the value/feasibility matrix, free of any DOM type: a drop point in screen pixels
 * becomes a placement in matrix units (x = feasibility, y = value, 0-100), and a placement becomes
 * a position in percent for drawing. The renderer measures; these functions only compute, so the
 * conversion is unit-tested without a browser.
 */
import type { Placement } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import { quadrantOf } from './scoring.ts';
import type { Quadrant } from './scoring.ts';

/** A point in screen pixels. */
export interface Point {
  x: number;
  y: number;
}

/** A rectangle in screen pixels, as a DOMRect gives it (left/top of its top-left corner). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One keyboard step moves a card this share of the matrix (in matrix points: 2 of 100). */
export const KEYBOARD_STEP = 2;
/** Shift + arrow moves this many steps at once. */
export const BIG_STEP_FACTOR = 5;

export type Direction = 'left' | 'right' | 'up' | 'down';

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** A tenth of a point: finer than anyone can drop, coarse enough to hide float noise. */
function toTenth(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * A point put on the matrix: clamped to 0-100 on both axes and rounded to a tenth of a point.
 * Every placement is stored this way, wherever it comes from (a drop, a key, an edit).
 */
export function onMatrix(point: Placement): Placement {
  // `+ 0` turns -0 (from rounding a tiny negative) into 0.
  return { x: toTenth(clamp(point.x, 0, 100)) + 0, y: toTenth(clamp(point.y, 0, 100)) + 0 };
}

/** The centre of a box. */
export function boxCenter(box: Box): Point {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** True when the point lies in the box grown by `margin` pixels on every side (edges count). */
export function isInside(point: Point, box: Box, margin = 0): boolean {
  return (
    point.x >= box.left - margin &&
    point.x <= box.left + box.width + margin &&
    point.y >= box.top - margin &&
    point.y <= box.top + box.height + margin
  );
}

/**
 * Where a card dropped with its centre at `cardCenter` stands on the matrix drawn in `matrix`:
 * x = feasibility from the left edge, y = value from the bottom edge (screen y grows downwards,
 * value grows upwards), both clamped to 0-100 and rounded to a tenth of a point. A drop just
 * outside the matrix lands on its edge.
 */
export function dropToPlacement(cardCenter: Point, matrix: Box): Placement {
  const width = matrix.width > 0 ? matrix.width : 1;
  const height = matrix.height > 0 ? matrix.height : 1;
  const x = ((cardCenter.x - matrix.left) / width) * 100;
  const y = 100 - ((cardCenter.y - matrix.top) / height) * 100;
  return onMatrix({ x, y });
}

/**
 * Where a placement is drawn, in percent of the matrix from its left and from its top edge (the
 * inverse of dropToPlacement, for CSS `left` / `top`). Values outside 0-100 are clamped.
 */
export function placementToPercent(placement: Placement): { left: number; top: number } {
  return { left: clamp(placement.x, 0, 100), top: 100 - clamp(placement.y, 0, 100) };
}

/** The screen point of a placement inside the matrix box (for keyboard moves and tests). */
export function placementToPoint(placement: Placement, matrix: Box): Point {
  const { left, top } = placementToPercent(placement);
  return {
    x: matrix.left + (left / 100) * matrix.width,
    y: matrix.top + (top / 100) * matrix.height,
  };
}

/** The quadrant a placement falls in under the workshop's thresholds. */
export function quadrantAt(placement: Placement, settings: WorkshopSettings): Quadrant {
  // quadrantOf returns null only for a missing axis, and a placement has both.
  return quadrantOf(placement.y, placement.x, settings) ?? 'reconsider';
}

/**
 * The next centre of a card moved with an arrow key while it is picked up: one step (2 % of the
 * matrix; five steps with Shift) in the arrow's direction, kept inside the matrix. A card that
 * starts outside the matrix (in the tray) enters it at the nearest edge with its first step, so
 * the keyboard alone can bring a card from the tray onto the matrix.
 */
export function keyboardStep(
  center: Point,
  direction: Direction,
  matrix: Box,
  isBigStep: boolean,
): Point {
  const share = (KEYBOARD_STEP * (isBigStep ? BIG_STEP_FACTOR : 1)) / 100;
  const dx = direction === 'left' ? -1 : direction === 'right' ? 1 : 0;
  const dy = direction === 'up' ? -1 : direction === 'down' ? 1 : 0;
  return {
    x: clamp(center.x + dx * share * matrix.width, matrix.left, matrix.left + matrix.width),
    y: clamp(center.y + dy * share * matrix.height, matrix.top, matrix.top + matrix.height),
  };
}

/** The places a card can be dropped on. */
export type DropTarget = 'matrix' | 'tray';

/** How far outside the matrix (pixels) a card's centre may be and still land on its edge. */
export const MATRIX_DROP_MARGIN = 24;

/**
 * What a card whose centre is at `center` would be dropped on: the tray when its centre is over
 * the tray, else the matrix when its centre is on it (or within MATRIX_DROP_MARGIN of it), else
 * nothing (the drop is cancelled and the card stays where it was).
 */
export function dropTargetAt(
  center: Point,
  boxes: { matrix?: Box | null; tray?: Box | null },
): DropTarget | null {
  if (boxes.tray && isInside(center, boxes.tray)) return 'tray';
  if (boxes.matrix && isInside(center, boxes.matrix, MATRIX_DROP_MARGIN)) return 'matrix';
  return null;
}

/** A card to lay out: its spot (centre) and size in pixels, from the matrix's top-left corner. */
export interface CardBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SpreadOptions {
  /** The furthest a card is moved from its spot, in pixels. */
  maxShift: number;
  /** Space kept between cards, in pixels. */
  gap: number;
  /** Rounds of pushing apart; fewer when nothing overlaps any more. */
  rounds: number;
  /** The matrix size: every card's box stays inside it. */
  width: number;
  height: number;
}

/** Above this many cards the matrix is a cloud that nudging cannot clear: cards are only kept inside. */
export const SPREAD_LIMIT = 200;

/** A centre that keeps a box of `size` inside [0, `extent`] (centred when it cannot fit). */
function clampCentre(centre: number, size: number, extent: number): number {
  return size >= extent ? extent / 2 : clamp(centre, size / 2, extent - size / 2);
}

/**
 * Display offsets that push overlapping cards apart so that their titles can be read. Pure and
 * deterministic (same cards, same offsets). It never moves data: a card's spot is still where it
 * stands, the offset only shifts where its box is drawn (with a leader to the spot), by at most
 * `maxShift`, mostly up or down because cards are wide and short. Cards that overlap after the
 * last round stay overlapping. Last, every box is moved inside the matrix (a card at the edge
 * would otherwise hang over the axes and the panels beside it). Returns an offset for every card
 * that moved, by id.
 */
export function spreadCards(cards: readonly CardBox[], options: SpreadOptions): Map<string, Point> {
  const n = cards.length;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const box = (i: number): CardBox => cards[i] as CardBox;
  const maxWidth = Math.max(...cards.map((c) => c.width));
  const order = cards.map((_, i) => i);
  const { gap, maxShift } = options;
  const rounds = n > SPREAD_LIMIT ? 0 : options.rounds;
  const keepInside = (i: number) => {
    const c = box(i);
    dx[i] = clampCentre(c.x + dx[i]!, c.width, options.width) - c.x;
    dy[i] = clampCentre(c.y + dy[i]!, c.height, options.height) - c.y;
  };

  for (let round = 0; round < rounds; round += 1) {
    let hasMoved = false;
    // Sweep in x order: a pair further apart than the widest card cannot overlap.
    order.sort((a, b) => box(a).x + dx[a]! - (box(b).x + dx[b]!) || a - b);
    for (let p = 0; p < n; p += 1) {
      const i = order[p]!;
      const a = box(i);
      for (let q = p + 1; q < n; q += 1) {
        const j = order[q]!;
        const b = box(j);
        const distX = b.x + dx[j]! - (a.x + dx[i]!);
        if (distX >= maxWidth + gap) break;
        const overlapX = (a.width + b.width) / 2 + gap - Math.abs(distX);
        const distY = b.y + dy[j]! - (a.y + dy[i]!);
        const overlapY = (a.height + b.height) / 2 + gap - Math.abs(distY);
        if (overlapX <= 0 || overlapY <= 0) continue;
        hasMoved = true;
        // Push along the axis that needs less, each card half of it; ties go by input order.
        if (overlapY <= overlapX) {
          const sign = distY > 0 || (distY === 0 && i < j) ? 1 : -1;
          dy[i]! -= (sign * overlapY) / 2;
          dy[j]! += (sign * overlapY) / 2;
        } else {
          const sign = distX > 0 || (distX === 0 && i < j) ? 1 : -1;
          dx[i]! -= (sign * overlapX) / 2;
          dx[j]! += (sign * overlapX) / 2;
        }
      }
    }
    for (let i = 0; i < n; i += 1) {
      const length = Math.hypot(dx[i]!, dy[i]!);
      if (length > maxShift) {
        dx[i] = (dx[i]! * maxShift) / length;
        dy[i] = (dy[i]! * maxShift) / length;
      }
      keepInside(i);
    }
    if (!hasMoved) break;
  }
  const offsets = new Map<string, Point>();
  for (let i = 0; i < n; i += 1) {
    keepInside(i);
    const x = Math.round(dx[i]!);
    const y = Math.round(dy[i]!);
    if (x !== 0 || y !== 0) offsets.set(box(i).id, { x, y });
  }
  return offsets;
}

/**
 * Breaks a title into at most `maxLines` lines of at most `maxWidth` (as `measure` reports text
 * widths), at spaces where it can, inside a word where a word is too long, and ends the last
 * line with "…" when the title does not fit. Cards draw these lines as they are, so that no card
 * needs a clip: with 500 cards, a clip each measurably slowed every frame of a drag.
 */
export function fitLines(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (text: string) => number,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => measure(candidate) <= maxWidth;
  /** The longest start of `word` that fits on a line of its own, cut after a hyphen if it can. */
  const head = (word: string): string => {
    let end = word.length;
    while (end > 1 && !fits(word.slice(0, end))) end -= 1;
    const hyphen = word.lastIndexOf('-', end - 1);
    return word.slice(0, hyphen > 0 ? hyphen + 1 : end);
  };
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const word = words[i] as string;
    const joined = line === '' ? word : `${line} ${word}`;
    if (fits(joined)) {
      line = joined;
      i += 1;
    } else if (line === '') {
      // A word wider than the line: as much of it as fits, the rest on the next line.
      const part = head(word);
      lines.push(part);
      words[i] = word.slice(part.length);
    } else {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '' && lines.length < maxLines) lines.push(line);
  if (i >= words.length) return lines;
  // Something is left over: end the last line with an ellipsis that fits.
  let last = lines.pop() ?? '';
  while (last !== '' && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
  lines.push(`${last}…`);
  return lines;
}
