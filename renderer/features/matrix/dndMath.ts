/**
 * The matrix's drag-and-drop maths, pure (useMatrixDnd.ts feeds it what dnd-kit measured): where
 * a dragged card's spot is, which drop zone it is over and where it would land, and where an arrow
 * key moves its picture. A card is drawn a nudge away from its spot when it overlaps another
 * (cardLayout.ts); every answer here is about the spot, so a nudged card lands where it is aimed.
 */
import type { ClientRect, UniqueIdentifier } from '@dnd-kit/core';
import {
  boxCenter,
  dropTargetAt,
  dropToPlacement,
  keyboardStep,
  quadrantAt,
} from '../../../shared/domain/matrix-geometry.ts';
import type { Box, Direction, Point } from '../../../shared/domain/matrix-geometry.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import type { Landing } from './announcements.ts';

export const MATRIX_ID = 'matrix';
export const TRAY_ID = 'tray';

export type Rects = ReadonlyMap<UniqueIdentifier, ClientRect>;

/**
 * The drop zones' rects as plain numbers. dnd-kit's rects read the scroll offsets of every
 * scrolling ancestor on each property read, and a read after React has moved the dragged card
 * (as the announcements read them) forces the browser to lay the page out again: a quarter of the
 * matrix's work per frame while dragging. Copied once per move, where dnd-kit detects collisions,
 * before the page changes.
 */
export function plainRects(rects: Rects): Rects {
  const out = new Map<UniqueIdentifier, ClientRect>();
  for (const id of [MATRIX_ID, TRAY_ID]) {
    const r = rects.get(id);
    if (r) {
      const { top, left, width, height } = r;
      out.set(id, { top, left, width, height, right: left + width, bottom: top + height });
    }
  }
  return out;
}

/** No nudge: the card is drawn at its spot. */
export const ORIGIN: Point = { x: 0, y: 0 };

/** The spot a card drawn in `card` stands for: its centre, less its nudge; null when not measured. */
export function spotOf(card: Box | null, nudge: Point): Point | null {
  if (!card) return null;
  const center = boxCenter(card);
  return { x: center.x - nudge.x, y: center.y - nudge.y };
}

/**
 * Where a card drawn in `card` would land now, against the drop zones: the card's centre as drawn
 * decides the zone (as dnd-kit's collision does), its spot the placement.
 */
export function landingOf(
  card: Box | null,
  nudge: Point,
  rects: Rects,
  settings: WorkshopSettings,
): Landing {
  const spot = spotOf(card, nudge);
  if (!spot || !card) return { kind: 'outside' };
  const matrix = rects.get(MATRIX_ID);
  const target = dropTargetAt(boxCenter(card), { matrix, tray: rects.get(TRAY_ID) });
  if (target === 'tray') return { kind: 'tray' };
  if (target === null || !matrix) return { kind: 'outside' };
  const placement = dropToPlacement(spot, matrix);
  return { kind: 'matrix', placement, quadrant: quadrantAt(placement, settings) };
}

/**
 * What a drop over `overId` writes: the tray clears the placement; the matrix places the card's
 * spot against the matrix as measured (`overRect`); anything else leaves the card where it was.
 */
export function dropLandingOf(
  overId: UniqueIdentifier | null,
  overRect: Box | null,
  spot: Point | null,
  settings: WorkshopSettings,
): Landing {
  if (overId === TRAY_ID) return { kind: 'tray' };
  if (overId === MATRIX_ID && overRect && spot) {
    const placement = dropToPlacement(spot, overRect);
    return { kind: 'matrix', placement, quadrant: quadrantAt(placement, settings) };
  }
  return { kind: 'outside' };
}

/**
 * Where an arrow key moves a picked-up card's picture: dnd-kit works with the top-left corner of
 * the card as drawn (`coordinates`), which is the spot moved by the nudge, less half a card; the
 * spot moves one step (keyboardStep), kept on the matrix, so the drop (spotOf) lands where the
 * keys put it.
 */
export function keyboardMove(
  coordinates: Point,
  card: { width: number; height: number },
  nudge: Point,
  direction: Direction,
  matrix: Box,
  isBigStep: boolean,
): Point {
  // From the corner to the spot: half a card in, the nudge back.
  const shift = { x: card.width / 2 - nudge.x, y: card.height / 2 - nudge.y };
  const spot = { x: coordinates.x + shift.x, y: coordinates.y + shift.y };
  const next = keyboardStep(spot, direction, matrix, isBigStep);
  return { x: next.x - shift.x, y: next.y - shift.y };
}
