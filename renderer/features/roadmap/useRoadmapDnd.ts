/**
 * Drag and drop on the roadmap (dnd-kit sortable, one sortable list per column): sensors for the
 * pointer and the keyboard, which column and slot a card is over, moving a card across columns
 * while it is dragged, and the screen-reader announcements. A drop is handed to `onMove` with the
 * column and index the card ends at, which writes it at once as one undo step.
 *
 * dnd-kit knows one draggable (DragSource.tsx) and the columns as droppables; which card of a
 * column the dragged one is over, and how far the others move to make room, is worked out here
 * from the cards' boxes, read from the page once a drag needs a column (columnBoxes.ts).
 *
 * The pointer is followed by geometry (which card or column it is over). The keyboard is not:
 * the arrows step through the model — up and down one slot, left and right to the same position
 * in the next column — so that what is announced is exactly where the card lands. The maths is in
 * dndMath.ts.
 */
import {
  getClientRect,
  KeyboardCode,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type {
  Active,
  Announcements,
  CollisionDetection,
  DragEndEvent,
  DragOverEvent,
  DragMoveEvent,
  DragStartEvent,
  KeyboardCoordinateGetter,
  KeyboardSensorOptions,
  Over,
  PointerSensorOptions,
  UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import * as say from './announcements.ts';
import type { Spot } from './announcements.ts';
import { ColumnBoxes, columnAt } from './columnBoxes.ts';
import type { Target } from './columnBoxes.ts';
import { setDraggingCard } from './DragSource.tsx';
import { columnOf, keyboardTarget, landingOf, moveAcross, sortShifts } from './dndMath.ts';
import type { DragState, Slot } from './dndMath.ts';
import type { ColumnItems } from './roadmapView.ts';

// Sensor options keep their identity between renders (useSensor memoises on them). A 4 px travel
// tells a drag from a click, so that clicking a card still selects it.
const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 4 } };

/**
 * The drop zones are the four columns: measured again whenever they change (a card moves between
 * them while dragged), each by its whole column, header included, while dnd-kit holds the node
 * inside its scrolling list (PhaseColumn.tsx), so that a drag near the list's edge scrolls it.
 */
export const MEASURING = {
  droppable: {
    strategy: MeasuringStrategy.Always,
    measure: (node: HTMLElement) => getClientRect(node.closest('section') ?? node),
  },
};

const ARROWS: readonly string[] = [
  KeyboardCode.Up,
  KeyboardCode.Down,
  KeyboardCode.Left,
  KeyboardCode.Right,
];

interface RoadmapDndOptions {
  /** The columns' cards as stored (or just written). */
  items: ColumnItems;
  /** Names for announcements: a column's by key, a card's title by id. */
  columnName: (key: string) => string;
  cardTitle: (id: string) => string;
  /** Writes a move: the card, the column it ends in and its index there. */
  onMove: (candidateId: string, to: Slot) => void;
}

/** The shifts of the dragged card's column (card id to px), for the cards that move. */
export interface ColumnShifts {
  key: string;
  byId: ReadonlyMap<string, number>;
}

export function useRoadmapDnd({ items, columnName, cardTitle, onMove }: RoadmapDndOptions) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const [shifts, setShifts] = useState<ColumnShifts | null>(null);
  const [overKey, setOverKey] = useState<string | null>(null);
  // Handlers and announcements run outside render and read the latest values from refs, so their
  // identity never changes.
  const dragRef = useRef<DragState | null>(null);
  const itemsRef = useRef(items);
  const optionsRef = useRef({ columnName, cardTitle, onMove });
  const keyboardOverRef = useRef<string | null>(null);
  /** The card or column the dragged card is over, as last worked out on a move. */
  const targetRef = useRef<Target | null>(null);
  const shiftsRef = useRef<ColumnShifts | null>(null);
  const lastColumnRef = useRef<UniqueIdentifier | null>(null);
  const isJustMovedRef = useRef(false);
  const lastSaidRef = useRef('');
  const endedAtRef = useRef<{ spot: Spot; isMoved: boolean } | null>(null);
  const [boxes] = useState(() => new ColumnBoxes());
  useLayoutEffect(() => {
    itemsRef.current = items;
    optionsRef.current = { columnName, cardTitle, onMove };
  }, [items, columnName, cardTitle, onMove]);

  /**
   * The cards of the dragged card's column make room for it where it is over (dnd-kit sortable's
   * vertical list). Only cards that move, or have moved in this drag (they glide back), get a
   * shift: a pick-up re-renders the dragged card, not its column.
   */
  const syncShifts = useCallback(() => {
    const current = dragRef.current;
    if (current === null) return;
    const key = columnOf(current.items, current.activeId) ?? '';
    const ids = current.items[key] ?? [];
    const column = boxes.boxesOf(key, current.items);
    // Not drawn yet in its new column: the next frame works it out (the effect below).
    if (column === null || column.ids.some((id, i) => id !== ids[i])) return;
    const overId = targetRef.current?.id ?? null;
    const overIndex = overId === null ? -1 : ids.indexOf(overId);
    const activeIndex = ids.indexOf(current.activeId);
    const moved = overIndex === -1 ? [] : sortShifts(column.boxes, activeIndex, overIndex);
    const previous = shiftsRef.current?.key === key ? shiftsRef.current.byId : null;
    const byId = new Map<string, number>();
    let isChanged = previous === null;
    ids.forEach((id, i) => {
      const shift = moved[i] ?? 0;
      if (shift === 0 && !previous?.has(id)) return;
      byId.set(id, shift);
      if (previous?.get(id) !== shift) isChanged = true;
    });
    if (!isChanged && byId.size === previous?.size) return;
    shiftsRef.current = { key, byId };
    setShifts(shiftsRef.current);
  }, [boxes]);

  // Once a card has changed columns and the page has laid out again, collisions count again, and
  // its new column makes room for it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      isJustMovedRef.current = false;
      syncShifts();
    });
    return () => cancelAnimationFrame(frame);
  }, [drag?.items, syncShifts]);

  const keyboardOptions = useMemo<KeyboardSensorOptions>(() => {
    const coordinateGetter: KeyboardCoordinateGetter = (event) => {
      const current = dragRef.current;
      if (current === null || !ARROWS.includes(event.code)) return undefined;
      event.preventDefault();
      const over = keyboardOverRef.current ?? current.activeId;
      const target = keyboardTarget(current, over, event.code);
      if (target === null) return undefined;
      keyboardOverRef.current = target;
      // The card's picture goes where it will land: over the target card, or into the column.
      const rect = boxes.rectOf(target, current.items);
      return rect ? { x: rect.left, y: rect.top } : undefined;
    };
    return { coordinateGetter };
  }, [boxes]);
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );

  const spotOf = useCallback((slot: Slot, columns: ColumnItems): Spot => {
    return {
      column: optionsRef.current.columnName(slot.key),
      position: slot.index + 1,
      count: columns[slot.key]?.length ?? 0,
    };
  }, []);

  /**
   * dnd-kit is told the column only (the droppables are the four columns): the one the keyboard
   * aims into, or the one under the pointer. Right after the card changed columns the layout is
   * still moving, so the last answer holds for a frame (as in dnd-kit's multiple-containers
   * example); that keeps it from flickering.
   */
  const collisionDetection = useCallback<CollisionDetection>((args) => {
    const columns = dragRef.current?.items ?? itemsRef.current;
    if (args.pointerCoordinates === null) {
      const key = columnOf(columns, keyboardOverRef.current ?? String(args.active.id));
      return key === undefined ? [] : [{ id: key }];
    }
    // The columns' own rects, read from the page: dnd-kit's droppable rects read the scroll offsets
    // of every scrolling ancestor at each corner (about a third of the move's script).
    const { x, y } = args.pointerCoordinates;
    const overId = columnAt(Object.keys(columns), x, y);
    if (overId === null) {
      if (isJustMovedRef.current && lastColumnRef.current !== null) {
        return [{ id: lastColumnRef.current }];
      }
      return [];
    }
    lastColumnRef.current = overId;
    return [{ id: overId }];
  }, []);

  /**
   * What the dragged card is over, worked out on every move: the slot the arrows chose, or the
   * nearest card of the column under the pointer (the card under it, when there is one), or the
   * column itself when it is empty.
   */
  const aim = useCallback(
    (active: Active, over: Over | null): Target | null => {
      const current = dragRef.current;
      if (current === null || over === null) return null;
      if (current.isKeyboard) {
        const id = keyboardOverRef.current ?? current.activeId;
        return { id, rect: boxes.rectOf(id, current.items) ?? over.rect };
      }
      const key = String(over.id);
      const card = active.rect.current.translated;
      const nearest =
        card === null ? null : boxes.nearest(key, current.items, card.top + card.height / 2);
      return nearest ?? { id: key, rect: over.rect };
    },
    [boxes],
  );

  const onDragStart = useCallback(
    ({ active, activatorEvent }: DragStartEvent) => {
      const activeId = String(active.id);
      const columns = itemsRef.current;
      const key = columnOf(columns, activeId) ?? '';
      const from = { key, index: (columns[key] ?? []).indexOf(activeId) };
      dragRef.current = {
        activeId,
        isKeyboard: activatorEvent instanceof KeyboardEvent,
        items: columns,
        from,
      };
      boxes.reset();
      keyboardOverRef.current = null;
      targetRef.current = null;
      lastColumnRef.current = null;
      endedAtRef.current = null;
      // "Picked up" has said where it is; an "over" for the same slot would only repeat it.
      lastSaidRef.current = `${from.key}:${from.index}`;
      setDraggingCard(activeId);
      setDrag(dragRef.current);
      shiftsRef.current = { key, byId: new Map() };
      setShifts(shiftsRef.current);
    },
    [boxes],
  );

  const onDragMove = useCallback(
    ({ active, over }: DragMoveEvent) => {
      targetRef.current = aim(active, over);
      syncShifts();
    },
    [aim, syncShifts],
  );

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      setOverKey(over === null ? null : String(over.id));
      const current = dragRef.current;
      const target = aim(active, over);
      targetRef.current = target;
      if (current === null || target === null) return;
      const next = moveAcross(current, active.rect.current.translated, target);
      if (next === current.items) {
        syncShifts();
        return;
      }
      isJustMovedRef.current = true;
      // The keyboard put the card before the card it aimed at; from now on it is over itself there.
      if (current.isKeyboard) {
        keyboardOverRef.current = current.activeId;
        targetRef.current = { ...target, id: current.activeId };
      }
      dragRef.current = { ...current, items: next };
      setDrag(dragRef.current);
      shiftsRef.current = null;
      setShifts(null);
    },
    [aim, syncShifts],
  );

  const endDrag = useCallback(() => {
    dragRef.current = null;
    targetRef.current = null;
    shiftsRef.current = null;
    boxes.reset();
    setDraggingCard(null);
    setDrag(null);
    setShifts(null);
    setOverKey(null);
  }, [boxes]);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      let current = dragRef.current;
      const target = over === null ? null : targetRef.current;
      endDrag();
      if (current === null) return;
      let overId = target === null ? null : target.id;
      if (target !== null) {
        const items = moveAcross(current, active.rect.current.translated, target);
        // Dropped at once on a card of another column: it goes where that move put it.
        if (items !== current.items) {
          current = { ...current, items };
          overId = current.activeId;
        }
      }
      const to = landingOf(current, overId);
      const isMoved =
        to !== null && (to.key !== current.from.key || to.index !== current.from.index);
      if (!isMoved || to === null) {
        endedAtRef.current = { spot: spotOf(current.from, itemsRef.current), isMoved: false };
        return;
      }
      endedAtRef.current = { spot: spotOf(to, current.items), isMoved: true };
      optionsRef.current.onMove(current.activeId, to);
    },
    [spotOf, endDrag],
  );

  const onDragCancel = useCallback(() => {
    const current = dragRef.current;
    endDrag();
    endedAtRef.current =
      current === null ? null : { spot: spotOf(current.from, itemsRef.current), isMoved: false };
  }, [spotOf, endDrag]);

  const announcements = useMemo<Announcements>(() => {
    const title = (active: Active) => optionsRef.current.cardTitle(String(active.id));
    /** Says where the card would land, once per new slot. */
    const landing = ({ active }: { active: Active }) => {
      const current = dragRef.current;
      if (current === null) return undefined;
      const target = targetRef.current;
      // Over another column the card is about to move there; that move's "over" follows.
      if (
        target !== null &&
        columnOf(current.items, target.id) !== columnOf(current.items, current.activeId)
      ) {
        return undefined;
      }
      const slot = landingOf(current, target === null ? null : target.id);
      const said = slot === null ? 'outside' : `${slot.key}:${slot.index}`;
      if (said === lastSaidRef.current) return undefined;
      lastSaidRef.current = said;
      return slot === null
        ? say.outside(title(active))
        : say.over(title(active), spotOf(slot, current.items));
    };
    return {
      onDragStart: ({ active }) => {
        const current = dragRef.current;
        return current === null
          ? undefined
          : say.pickedUp(title(active), spotOf(current.from, itemsRef.current));
      },
      onDragMove: landing,
      onDragOver: landing,
      onDragEnd: ({ active }) => {
        const ended = endedAtRef.current;
        return ended === null ? undefined : say.dropped(title(active), ended.spot, ended.isMoved);
      },
      onDragCancel: ({ active }) => {
        const ended = endedAtRef.current;
        return ended === null ? undefined : say.cancelled(title(active), ended.spot);
      },
    };
  }, [spotOf]);

  const accessibility = useMemo(
    () => ({
      announcements,
      screenReaderInstructions: { draggable: say.SCREEN_READER_INSTRUCTIONS },
    }),
    [announcements],
  );

  return {
    sensors,
    collisionDetection,
    accessibility,
    onDragStart,
    onDragMove,
    onDragOver,
    onDragEnd,
    onDragCancel,
    /** The columns while a card is dragged; null when nothing is. */
    dragItems: drag?.items ?? null,
    activeId: drag?.activeId ?? null,
    /** How the dragged card's column makes room for it; null when nothing is dragged. */
    shifts,
    /** The column the dragged card is over (dnd-kit's drop zone); null when none. */
    overKey,
  };
}
