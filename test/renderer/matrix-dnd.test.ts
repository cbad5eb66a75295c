/**
 * The matrix's drag-and-drop maths (renderer/features/matrix/dndMath.ts): a card is drawn a nudge
 * away from its spot when it overlaps another, and wherever it is drawn, a drop or an arrow key
 * answers for its spot: the zone is the one under the card as drawn, the placement the spot's.
 */
import { describe, expect, it } from 'vitest';
import type { Box, Point } from '../../shared/domain/matrix-geometry.ts';
import { KEYBOARD_STEP, MATRIX_DROP_MARGIN } from '../../shared/domain/matrix-geometry.ts';
import {
  dropLandingOf,
  keyboardMove,
  landingOf,
  MATRIX_ID,
  ORIGIN,
  plainRects,
  spotOf,
  TRAY_ID,
} from '../../renderer/features/matrix/dndMath.ts';
import type { Rects } from '../../renderer/features/matrix/dndMath.ts';
import { aSettings } from '../fixtures/builders.ts';

const settings = aSettings({ thresholds: { value: 50, feasibility: 50 } });
/** A 400 × 200 px matrix at (100, 50), the tray below it. */
const MATRIX: Box = { left: 100, top: 50, width: 400, height: 200 };
const TRAY: Box = { left: 100, top: 300, width: 400, height: 100 };
const CARD = { width: 60, height: 30 };

const rect = (box: Box) => ({
  ...box,
  right: box.left + box.width,
  bottom: box.top + box.height,
});
const RECTS: Rects = new Map([
  [MATRIX_ID, rect(MATRIX)],
  [TRAY_ID, rect(TRAY)],
]);

/** The box of a card drawn with its centre at `center`. */
function cardAt(center: Point): Box {
  return { ...CARD, left: center.x - CARD.width / 2, top: center.y - CARD.height / 2 };
}

/** The screen point of a spot given as percent of the matrix (x = F, y = V from the bottom). */
function screenOf(x: number, y: number): Point {
  return {
    x: MATRIX.left + (x / 100) * MATRIX.width,
    y: MATRIX.top + (1 - y / 100) * MATRIX.height,
  };
}

describe('spotOf', () => {
  it('is the card’s centre as drawn, less its nudge', () => {
    const nudge = { x: 12, y: -8 };
    const spot = screenOf(30, 70);
    expect(spotOf(cardAt({ x: spot.x + nudge.x, y: spot.y + nudge.y }), nudge)).toEqual(spot);
    expect(spotOf(cardAt(spot), ORIGIN)).toEqual(spot);
  });

  it('is nothing while the card is not measured', () => {
    expect(spotOf(null, { x: 3, y: 4 })).toBeNull();
  });
});

describe('landingOf (while dragging)', () => {
  it('places the spot and names its quadrant', () => {
    expect(landingOf(cardAt(screenOf(75, 80)), ORIGIN, RECTS, settings)).toEqual({
      kind: 'matrix',
      placement: { x: 75, y: 80 },
      quadrant: 'quick-wins',
    });
    expect(landingOf(cardAt(screenOf(20, 10)), ORIGIN, RECTS, settings)).toMatchObject({
      quadrant: 'reconsider',
    });
  });

  it('lands a nudged card where its spot is, not where it is drawn', () => {
    const nudge = { x: 40, y: 30 };
    const spot = screenOf(45, 55);
    const drawn = cardAt({ x: spot.x + nudge.x, y: spot.y + nudge.y });
    const landing = landingOf(drawn, nudge, RECTS, settings);
    expect(landing).toEqual({
      kind: 'matrix',
      placement: { x: 45, y: 55 },
      quadrant: 'strategic-bets',
    });
    // Drawn there without a nudge, it would land elsewhere: the nudge is what moved it back.
    expect(landingOf(drawn, ORIGIN, RECTS, settings)).not.toEqual(landing);
  });

  it('goes by the card as drawn for the zone: the tray, the matrix’s margin, or outside', () => {
    expect(landingOf(cardAt({ x: 300, y: 350 }), ORIGIN, RECTS, settings)).toEqual({
      kind: 'tray',
    });
    // Just outside the right edge, within the margin: on the edge, at the spot's height.
    const nearEdge = {
      x: MATRIX.left + MATRIX.width + MATRIX_DROP_MARGIN - 1,
      y: screenOf(0, 60).y,
    };
    expect(landingOf(cardAt(nearEdge), ORIGIN, RECTS, settings)).toEqual({
      kind: 'matrix',
      placement: { x: 100, y: 60 },
      quadrant: 'quick-wins',
    });
    const beyond = { x: MATRIX.left + MATRIX.width + MATRIX_DROP_MARGIN + 1, y: nearEdge.y };
    expect(landingOf(cardAt(beyond), ORIGIN, RECTS, settings)).toEqual({ kind: 'outside' });
    // A card drawn over the tray is over the tray, whatever its nudge says of its spot.
    expect(landingOf(cardAt({ x: 300, y: 310 }), { x: 0, y: 150 }, RECTS, settings)).toEqual({
      kind: 'tray',
    });
  });

  it('is outside while the card or the matrix is not measured', () => {
    expect(landingOf(null, ORIGIN, RECTS, settings)).toEqual({ kind: 'outside' });
    const trayOnly: Rects = new Map([[TRAY_ID, rect(TRAY)]]);
    expect(landingOf(cardAt(screenOf(50, 50)), ORIGIN, trayOnly, settings)).toEqual({
      kind: 'outside',
    });
  });
});

describe('dropLandingOf (the drop itself)', () => {
  it('places the spot against the matrix as measured at the drop', () => {
    const spot = screenOf(25, 90);
    expect(dropLandingOf(MATRIX_ID, MATRIX, spot, settings)).toEqual({
      kind: 'matrix',
      placement: { x: 25, y: 90 },
      quadrant: 'strategic-bets',
    });
    // The same screen point against a matrix scrolled 50 px up is 25 % lower on it.
    expect(dropLandingOf(MATRIX_ID, { ...MATRIX, top: 0 }, spot, settings)).toMatchObject({
      placement: { x: 25, y: 65 },
    });
  });

  it('clears the placement over the tray, and leaves the card over nothing', () => {
    expect(dropLandingOf(TRAY_ID, TRAY, screenOf(50, 50), settings)).toEqual({ kind: 'tray' });
    expect(dropLandingOf(null, null, screenOf(50, 50), settings)).toEqual({ kind: 'outside' });
    expect(dropLandingOf(MATRIX_ID, MATRIX, null, settings)).toEqual({ kind: 'outside' });
  });
});

describe('keyboardMove', () => {
  /** The top-left corner dnd-kit holds for a card whose spot is `spot`, drawn `nudge` from it. */
  const cornerOf = (spot: Point, nudge: Point): Point => ({
    x: spot.x + nudge.x - CARD.width / 2,
    y: spot.y + nudge.y - CARD.height / 2,
  });
  const stepX = (KEYBOARD_STEP / 100) * MATRIX.width;
  const stepY = (KEYBOARD_STEP / 100) * MATRIX.height;

  it('moves the spot one step, five with Shift, and the nudge with it', () => {
    const nudge = { x: 18, y: -6 };
    const spot = screenOf(50, 50);
    const start = cornerOf(spot, nudge);
    expect(keyboardMove(start, CARD, nudge, 'right', MATRIX, false)).toEqual(
      cornerOf({ x: spot.x + stepX, y: spot.y }, nudge),
    );
    expect(keyboardMove(start, CARD, nudge, 'up', MATRIX, true)).toEqual(
      cornerOf({ x: spot.x, y: spot.y - 5 * stepY }, nudge),
    );
  });

  it('keeps the spot on the matrix, however far the card is nudged', () => {
    const nudge = { x: 30, y: 20 };
    const atRightEdge = screenOf(100, 50);
    const moved = keyboardMove(cornerOf(atRightEdge, nudge), CARD, nudge, 'right', MATRIX, true);
    expect(moved).toEqual(cornerOf(atRightEdge, nudge));
    // And the spot it stands for lands on the edge, not a nudge beyond it.
    expect(spotOf({ ...CARD, left: moved.x, top: moved.y }, nudge)).toEqual(atRightEdge);
  });

  it('stops a nudged card’s spot at the edge, where its drop lands', () => {
    // At the left edge a card is nudged right, into the plot: Left takes its spot to the edge
    // (half a step here), and no further.
    const nudge = { x: 30, y: 0 };
    const start = cornerOf(screenOf(1, 50), nudge);
    const moved = keyboardMove(start, CARD, nudge, 'left', MATRIX, false);
    expect(moved).toEqual(cornerOf(screenOf(0, 50), nudge));
    const card = { ...CARD, left: moved.x, top: moved.y };
    expect(landingOf(card, nudge, RECTS, settings)).toMatchObject({ placement: { x: 0, y: 50 } });
    // Nudged left at the right edge: Right keeps it there, not a nudge beyond, where the card as
    // drawn would leave the matrix's margin and the drop would do nothing.
    const left = { x: -40, y: 0 };
    const atEdge = cornerOf(screenOf(100, 50), left);
    expect(keyboardMove(atEdge, CARD, left, 'right', MATRIX, true)).toEqual(atEdge);
  });

  it('brings a card from the tray onto the matrix’s nearest edge', () => {
    const inTray = { x: 300, y: 350 };
    const moved = keyboardMove(cornerOf(inTray, ORIGIN), CARD, ORIGIN, 'up', MATRIX, false);
    expect(spotOf({ ...CARD, left: moved.x, top: moved.y }, ORIGIN)).toEqual({
      x: 300,
      y: MATRIX.top + MATRIX.height,
    });
  });
});

describe('the drop zones as measured', () => {
  it('are copied to plain numbers once, so that a later look reads no live rect', () => {
    let reads = 0;
    // As dnd-kit's rects do: every property read looks at the page (its scroll offsets).
    const live = (box: Box) => {
      const r = rect(box);
      const out = {} as ReturnType<typeof rect>;
      for (const key of Object.keys(r) as Array<keyof typeof r>) {
        Object.defineProperty(out, key, { get: () => (reads++, r[key]), enumerable: true });
      }
      return out;
    };
    const measured: Rects = new Map([
      [MATRIX_ID, live(MATRIX)],
      [TRAY_ID, live(TRAY)],
      ['elsewhere', live(TRAY)],
    ]);
    const plain = plainRects(measured);
    expect([...plain.keys()]).toEqual([MATRIX_ID, TRAY_ID]);
    expect(plain.get(MATRIX_ID)).toEqual(rect(MATRIX));
    expect(plain.get(TRAY_ID)).toEqual(rect(TRAY));
    const copied = reads;
    const card = cardAt({ x: 300, y: 150 });
    expect(landingOf(card, ORIGIN, plain, settings)).toEqual(
      landingOf(card, ORIGIN, RECTS, settings),
    );
    expect(reads).toBe(copied);
  });
});
