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

function remInPixels(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** How far each card on the matrix is drawn from its spot so that titles do not cover each other. */
export function cardOffsets(
  views: readonly MatrixCardView[],
  plot: Size,
): ReadonlyMap<string, Point> {
  const rem = remInPixels();
  const boxes: CardBox[] = [];
  for (const v of views) {
    if (v.x === null || v.y === null) continue;
    boxes.push({
      id: v.id,
      x: (v.x / 100) * plot.width,
      y: ((100 - v.y) / 100) * plot.height,
      width: CARD_WIDTH_REM[v.effort] * rem,
      height: CARD_HEIGHT_REM * rem,
    });
  }
  return spreadCards(boxes, {
    maxShift: 2.2 * rem,
    gap: 0.2 * rem,
    rounds: 40,
    width: plot.width,
    height: plot.height,
  });
}
