/**
 * Card sizes (the one place they are set: cards get them as inline sizes) and the nudging of
 * overlapping cards on the matrix, in pixels of the plot as it is drawn now.
 */
import type { Effort } from '../../../shared/domain/criteria.ts';
import { spreadCards } from '../../../shared/domain/matrix-geometry.ts';
import type { CardBox, Point } from '../../../shared/domain/matrix-geometry.ts';
import type { MatrixCardView } from './cardView.ts';

/** Effort as size: S is the narrowest card, XL the widest. */
export const CARD_WIDTH_REM: Readonly<Record<Effort, number>> = { S: 6.2, M: 7.2, L: 8.2, XL: 9.4 };
/** Two lines of title. */
export const CARD_HEIGHT_REM = 2.5;

export interface Size {
  width: number;
  height: number;
}

export const NO_OFFSETS: ReadonlyMap<string, Point> = new Map();

/** The root font size in pixels: what a rem is now. */
export function remInPixels(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** A dot of the dense view: a round badge with the candidate's rank, four digits wide at most. */
export const DOT_SIZE_REM = 1.8;

/**
 * Above this share of the plot covered by card boxes, cards are a heap nobody can read: the
 * matrix draws numbered dots instead (at 1280×720 about 45 cards; the sample workshop's 15 stay
 * cards).
 */
export const DENSE_COVER = 0.5;

/** Whether the plot draws dots rather than cards: card boxes would cover over `DENSE_COVER` of it. */
export function isDenseView(views: readonly MatrixCardView[], plot: Size): boolean {
  const rem = remInPixels();
  let area = 0;
  for (const v of views) if (v.x !== null) area += CARD_WIDTH_REM[v.effort] * CARD_HEIGHT_REM;
  return area * rem * rem > DENSE_COVER * plot.width * plot.height;
}

/**
 * How far each card on the matrix is drawn from its spot: cards are nudged so that titles do not
 * cover each other, and every card or dot is kept inside the plot. Dots are not nudged: at that
 * density nudging cannot clear the cloud, and the number on each dot is what the legend reads.
 */
export function cardOffsets(
  views: readonly MatrixCardView[],
  plot: Size,
  isDense: boolean,
): ReadonlyMap<string, Point> {
  const rem = remInPixels();
  const boxes: CardBox[] = [];
  for (const v of views) {
    if (v.x === null || v.y === null) continue;
    boxes.push({
      id: v.id,
      x: (v.x / 100) * plot.width,
      y: ((100 - v.y) / 100) * plot.height,
      width: (isDense ? DOT_SIZE_REM : CARD_WIDTH_REM[v.effort]) * rem,
      height: (isDense ? DOT_SIZE_REM : CARD_HEIGHT_REM) * rem,
    });
  }
  return spreadCards(boxes, {
    maxShift: 2.2 * rem,
    gap: 0.2 * rem,
    rounds: isDense ? 0 : 40,
    width: plot.width,
    height: plot.height,
  });
}
