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
