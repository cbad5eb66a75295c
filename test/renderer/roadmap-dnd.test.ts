/**
 * The roadmap's drag-and-drop maths (renderer/features/roadmap/dndMath.ts): a dragged card moves
 * into the column it is over, before or after the card under it; a drop lands in the slot it is
 * over; and the arrow keys step through the columns' cards (up and down one slot, left and right
 * to the same position in the next column), so what is announced is where the card lands; and
 * while a card is held over another of its column, the cards between make room as dnd-kit
 * sortable's vertical list would draw it.
 */
import { describe, expect, it } from 'vitest';
import type { ClientRect } from '@dnd-kit/core';
import {
  columnOf,
  keyboardTarget,
  landingOf,
  moveAcross,
  nearestBox,
  sortShifts,
} from '../../renderer/features/roadmap/dndMath.ts';
import type { DragState } from '../../renderer/features/roadmap/dndMath.ts';
import { BACKLOG_KEY, phaseKey } from '../../renderer/features/roadmap/roadmapView.ts';
import type { ColumnItems } from '../../renderer/features/roadmap/roadmapView.ts';

const P1 = phaseKey('p1');
const P2 = phaseKey('p2');
/** The backlog, a phase of three and an empty phase, in the order the screen shows them. */
const ITEMS: ColumnItems = { [BACKLOG_KEY]: ['a', 'b'], [P1]: ['c', 'd', 'e'], [P2]: [] };

function dragOf(activeId: string, options: { isKeyboard?: boolean; items?: ColumnItems } = {}) {
  const items = options.items ?? ITEMS;
  const key = columnOf(items, activeId) ?? '';
  const drag: DragState = {
    activeId,
    isKeyboard: options.isKeyboard ?? false,
    items,
    from: { key, index: items[key]?.indexOf(activeId) ?? -1 },
  };
  return drag;
}

/** A 200 × 40 px box whose top is at `top`. */
function boxAt(top: number): ClientRect {
  return { left: 0, top, width: 200, height: 40, right: 200, bottom: top + 40 };
}

describe('columnOf', () => {
  it('finds a card’s column, and a column by its key', () => {
    expect(columnOf(ITEMS, 'd')).toBe(P1);
    expect(columnOf(ITEMS, P2)).toBe(P2);
    expect(columnOf(ITEMS, 'gone')).toBeUndefined();
    expect(columnOf(ITEMS, phaseKey('p9'))).toBeUndefined();
  });
});

describe('moveAcross (while dragging)', () => {
  const overD = { id: 'd', rect: boxAt(100) };

  it('puts a card above the middle of the card under it before that card, below it after', () => {
    expect(moveAcross(dragOf('a'), boxAt(85), overD)).toEqual({
      [BACKLOG_KEY]: ['b'],
      [P1]: ['c', 'a', 'd', 'e'],
      [P2]: [],
    });
    expect(moveAcross(dragOf('a'), boxAt(115), overD)[P1]).toEqual(['c', 'd', 'a', 'e']);
  });

  it('puts a card moved from the keyboard in the place of the card it aims at', () => {
    expect(moveAcross(dragOf('a', { isKeyboard: true }), boxAt(115), overD)[P1]).toEqual([
      'c',
      'a',
      'd',
      'e',
    ]);
  });

  it('appends a card dragged over a column itself', () => {
    const moved = moveAcross(dragOf('d'), boxAt(0), { id: P2, rect: boxAt(0) });
    expect(moved[P1]).toEqual(['c', 'e']);
    expect(moved[P2]).toEqual(['d']);
  });

  it('leaves the columns as they are within the card’s own column or over nothing known', () => {
    const drag = dragOf('c');
    expect(moveAcross(drag, boxAt(115), overD)).toBe(drag.items);
    expect(moveAcross(drag, boxAt(0), { id: 'gone', rect: boxAt(0) })).toBe(drag.items);
  });
});

describe('landingOf (the drop)', () => {
  it('takes the place of the card it is over in its column, as an array move does', () => {
    expect(landingOf(dragOf('c'), 'e')).toEqual({ key: P1, index: 2 });
    expect(landingOf(dragOf('e'), 'c')).toEqual({ key: P1, index: 0 });
  });

  it('stays where it is over itself or over its column, and is nothing over nothing', () => {
    expect(landingOf(dragOf('d'), 'd')).toEqual({ key: P1, index: 1 });
    expect(landingOf(dragOf('d'), P1)).toEqual({ key: P1, index: 1 });
    expect(landingOf(dragOf('d'), null)).toBeNull();
    expect(landingOf(dragOf('gone'), 'd')).toBeNull();
  });
});

describe('keyboardTarget (the arrows)', () => {
  it('steps one slot up or down in the column, and no further than its ends', () => {
    const drag = dragOf('d', { isKeyboard: true });
    expect(keyboardTarget(drag, 'd', 'ArrowUp')).toBe('c');
    expect(keyboardTarget(drag, 'd', 'ArrowDown')).toBe('e');
    expect(keyboardTarget(drag, 'c', 'ArrowUp')).toBeNull();
    expect(keyboardTarget(drag, 'e', 'ArrowDown')).toBeNull();
  });

  it('goes to the same position in the next column, or to its end when it is shorter', () => {
    expect(keyboardTarget(dragOf('b', { isKeyboard: true }), 'b', 'ArrowRight')).toBe('d');
    expect(keyboardTarget(dragOf('e', { isKeyboard: true }), 'e', 'ArrowRight')).toBe(P2);
    expect(keyboardTarget(dragOf('e', { isKeyboard: true }), 'e', 'ArrowLeft')).toBe(BACKLOG_KEY);
  });

  it('has nowhere to go left of the backlog or right of the last phase', () => {
    expect(keyboardTarget(dragOf('a', { isKeyboard: true }), 'a', 'ArrowLeft')).toBeNull();
    const inLast = { ...ITEMS, [P2]: ['z'] };
    expect(
      keyboardTarget(dragOf('z', { isKeyboard: true, items: inLast }), 'z', 'ArrowRight'),
    ).toBeNull();
  });

  it('lands the card where the arrows said: left and right keep its position', () => {
    // "b" is second in the backlog; Right aims at the second card of phase 1, the move puts it
    // there, and the drop lands it second in phase 1.
    const drag = dragOf('b', { isKeyboard: true });
    const target = keyboardTarget(drag, 'b', 'ArrowRight');
    expect(target).toBe('d');
    const items = moveAcross(drag, null, { id: target ?? '', rect: boxAt(0) });
    const moved = { ...drag, items };
    expect(landingOf(moved, moved.activeId)).toEqual({ key: P1, index: 1 });
    // Back left: the backlog holds only "a" now, so "b" goes to its end, second again.
    expect(keyboardTarget(moved, 'b', 'ArrowLeft')).toBe(BACKLOG_KEY);
    const back = moveAcross(moved, null, { id: BACKLOG_KEY, rect: boxAt(0) });
    expect(back[BACKLOG_KEY]).toEqual(['a', 'b']);
  });
});

describe('sortShifts (the column making room)', () => {
  // Four cards 40 px high, 8 px apart; the third is 60 px high.
  const boxes = [
    { top: 0, height: 40 },
    { top: 48, height: 40 },
    { top: 96, height: 60 },
    { top: 164, height: 40 },
  ];

  it('moves nothing while the card is over its own place', () => {
    expect(sortShifts(boxes, 1, 1)).toEqual([0, 0, 0, 0]);
  });

  it('moves the cards between up by the dragged card and a gap, and its place down to the last', () => {
    // The second card held over the fourth: the third and fourth go up 48 px, and its place ends
    // where the fourth card ended.
    expect(sortShifts(boxes, 1, 3)).toEqual([0, 204 - 88, -48, -48]);
  });

  it('moves the cards between down when the card goes up, its place to the top of the first', () => {
    // The third card (60 px) held over the first: the first two go down 68 px.
    expect(sortShifts(boxes, 2, 0)).toEqual([68, 68, -96, 0]);
  });

  it('moves nothing when the card or the card it is over is not in the column', () => {
    expect(sortShifts(boxes, -1, 2)).toEqual([0, 0, 0, 0]);
    expect(sortShifts(boxes, 1, 7)).toEqual([0, 0, 0, 0]);
  });
});

describe('nearestBox', () => {
  it('finds the card whose centre is nearest, and nothing in an empty column', () => {
    const boxes = [
      { top: 0, height: 40 },
      { top: 48, height: 40 },
    ];
    expect(nearestBox(boxes, 10)).toBe(0);
    expect(nearestBox(boxes, 60)).toBe(1);
    expect(nearestBox(boxes, 500)).toBe(1);
    expect(nearestBox([], 10)).toBe(-1);
  });
});
