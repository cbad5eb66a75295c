/**
 * The roadmap's drag-and-drop maths, pure (useRoadmapDnd.ts feeds it what dnd-kit measured): the
 * columns as they look while a card is dragged across them, the slot a drop lands in, and the
 * target the arrow keys aim at, stepping through the columns' cards rather than the screen.
 */
import { KeyboardCode } from '@dnd-kit/core';
import type { ClientRect, UniqueIdentifier } from '@dnd-kit/core';
import { isColumnKey } from './roadmapView.ts';
import type { ColumnItems } from './roadmapView.ts';

/** A column key and an index in it. */
export interface Slot {
  key: string;
  index: number;
}

export interface DragState {
  activeId: string;
  isKeyboard: boolean;
  /** The columns as they look while the card is dragged (it moves across columns as it goes). */
  items: ColumnItems;
  from: Slot;
}

/** The column a card is in, or the column itself for a column's key; undefined if neither. */
export function columnOf(items: ColumnItems, id: string): string | undefined {
  if (isColumnKey(id)) return id in items ? id : undefined;
  return Object.keys(items).find((key) => items[key]?.includes(id));
}

/**
 * The columns with the active card (drawn in `card`) moved into the column it is over, before or
 * after the card it is over; the same columns when it is over its own column.
 */
export function moveAcross(
  drag: DragState,
  card: ClientRect | null,
  over: { id: UniqueIdentifier; rect: ClientRect },
): ColumnItems {
  const { items, activeId } = drag;
  const overId = String(over.id);
  const from = columnOf(items, activeId);
  const to = columnOf(items, overId);
  if (from === undefined || to === undefined || from === to) return items;
  const target = items[to] ?? [];
  let index = target.length;
  if (!isColumnKey(overId)) {
    // The keyboard takes the card's position; the pointer goes by the halves of the card under it.
    const isBelow =
      !drag.isKeyboard &&
      card !== null &&
      card.top + card.height / 2 > over.rect.top + over.rect.height / 2;
    index = target.indexOf(overId) + (isBelow ? 1 : 0);
  }
  return {
    ...items,
    [from]: (items[from] ?? []).filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
}

/**
 * Where the dragged card lands if dropped now, over `overId`; null when over nothing. Over another
 * card of its column it takes that card's place, as in an array move (and as dnd-kit draws it).
 */
export function landingOf(drag: DragState, overId: string | null): Slot | null {
  if (overId === null) return null;
  const key = columnOf(drag.items, drag.activeId);
  if (key === undefined) return null;
  const list = drag.items[key] ?? [];
  const overIndex = list.indexOf(overId);
  return { key, index: overIndex === -1 ? list.indexOf(drag.activeId) : overIndex };
}

/** The id the keyboard aims at to land in a slot: the card there, or the column to append to. */
export function keyboardTarget(drag: DragState, overId: string, code: string): string | null {
  const slot = landingOf(drag, overId);
  if (slot === null) return null;
  const keys = Object.keys(drag.items);
  const list = drag.items[slot.key] ?? [];
  if (code === KeyboardCode.Up || code === KeyboardCode.Down) {
    const index = slot.index + (code === KeyboardCode.Up ? -1 : 1);
    return list[index] ?? null;
  }
  const next = keys[keys.indexOf(slot.key) + (code === KeyboardCode.Left ? -1 : 1)];
  if (next === undefined) return null;
  const others = (drag.items[next] ?? []).filter((id) => id !== drag.activeId);
  return others[slot.index] ?? next;
}

/** A card's box in its list, as laid out (without the shift a drag gives it). */
export interface CardBox {
  top: number;
  height: number;
}

/**
 * How far each card of the dragged card's column is shifted while the card is held over the card
 * at `overIndex`: the cards between make room and the dragged card's place moves there, as dnd-kit
 * sortable's vertical list strategy draws it (the gap between two cards kept as laid out).
 */
export function sortShifts(
  boxes: readonly CardBox[],
  activeIndex: number,
  overIndex: number,
): number[] {
  const active = boxes[activeIndex];
  const over = boxes[overIndex];
  if (active === undefined || over === undefined) return boxes.map(() => 0);
  return boxes.map((box, index) => {
    if (index === activeIndex) {
      return activeIndex < overIndex
        ? over.top + over.height - (active.top + active.height)
        : over.top - active.top;
    }
    if (index > activeIndex && index <= overIndex)
      return -active.height - gapAt(boxes, index, true);
    if (index < activeIndex && index >= overIndex)
      return active.height + gapAt(boxes, index, false);
    return 0;
  });
}

/** The gap next to a card: before it for a card below the dragged one, after it otherwise. */
function gapAt(boxes: readonly CardBox[], index: number, isBelowActive: boolean): number {
  const box = boxes[index];
  const previous = boxes[index - 1];
  const next = boxes[index + 1];
  if (box === undefined) return 0;
  const before = previous === undefined ? null : box.top - (previous.top + previous.height);
  const after = next === undefined ? null : next.top - (box.top + box.height);
  return (isBelowActive ? (before ?? after) : (after ?? before)) ?? 0;
}

/** The index of the box whose centre is nearest `y` (the pointer's card in a column), or -1. */
export function nearestBox(boxes: readonly CardBox[], y: number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  boxes.forEach((box, index) => {
    const distance = Math.abs(box.top + box.height / 2 - y);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
