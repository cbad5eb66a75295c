/**
 * Drag and drop on the roadmap (dnd-kit sortable, one sortable list per column): sensors for the
 * pointer and the keyboard, which column and slot a card is over, moving a card across columns
 * while it is dragged, and the screen-reader announcements. A drop is handed to `onMove` with the
 * column and index the card ends at, which writes it at once as one undo step.
 *
 * The pointer is followed by geometry (which card or column it is over). The keyboard is not:
 * the arrows step through the model — up and down one slot, left and right to the same position
 * in the next column — so that what is announced is exactly where the card lands. The maths is in
 * dndMath.ts.
 */
import {
  closestCenter,
  getFirstCollision,
  KeyboardCode,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type {
  Active,
  Announcements,
  CollisionDetection,
  DragEndEvent,
  DragOverEvent,
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
import { columnOf, keyboardTarget, landingOf, moveAcross } from './dndMath.ts';
import type { DragState, Slot } from './dndMath.ts';
import { columnDropId, isColumnKey } from './roadmapView.ts';
import type { ColumnItems } from './roadmapView.ts';

// Sensor options keep their identity between renders (useSensor memoises on them). A 4 px travel
// tells a drag from a click, so that clicking a card still selects it.
const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 4 } };

/** Cards move between lists while dragged: measure the drop zones again whenever they change. */
export const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } };

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

export function useRoadmapDnd({ items, columnName, cardTitle, onMove }: RoadmapDndOptions) {
  const [drag, setDrag] = useState<DragState | null>(null);
  // Handlers and announcements run outside render and read the latest values from refs, so their
  // identity never changes.
  const dragRef = useRef<DragState | null>(null);
  const itemsRef = useRef(items);
  const optionsRef = useRef({ columnName, cardTitle, onMove });
  const keyboardOverRef = useRef<string | null>(null);
  const lastOverRef = useRef<UniqueIdentifier | null>(null);
  const isJustMovedRef = useRef(false);
  const lastSaidRef = useRef('');
  const endedAtRef = useRef<{ spot: Spot; isMoved: boolean } | null>(null);
  useLayoutEffect(() => {
    itemsRef.current = items;
    optionsRef.current = { columnName, cardTitle, onMove };
  }, [items, columnName, cardTitle, onMove]);

  // Once a card has changed columns and the page has laid out again, collisions count again.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      isJustMovedRef.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [drag?.items]);

  const keyboardOptions = useMemo<KeyboardSensorOptions>(() => {
    const coordinateGetter: KeyboardCoordinateGetter = (event, { context }) => {
      const current = dragRef.current;
      if (current === null || !ARROWS.includes(event.code)) return undefined;
      event.preventDefault();
      const over = keyboardOverRef.current ?? current.activeId;
      const target = keyboardTarget(current, over, event.code);
      if (target === null) return undefined;
      keyboardOverRef.current = target;
      // The card's picture goes where it will land: over the target card, or into the column.
      const rect = isColumnKey(target)
        ? document.getElementById(columnDropId(target))?.getBoundingClientRect()
        : context.droppableRects.get(target);
      return rect ? { x: rect.left, y: rect.top } : undefined;
    };
    return { coordinateGetter };
  }, []);
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
   * The keyboard: the slot the arrows chose. The pointer: the nearest card of the column under it
   * (the card under it, when there is one), or the column itself when it is empty. Right
   * after the card changed columns the layout is still moving, so the last answer holds for a
   * frame (as in dnd-kit's multiple-containers example); that keeps it from flickering.
   */
  const collisionDetection = useCallback<CollisionDetection>((args) => {
    if (args.pointerCoordinates === null) {
      const target = keyboardOverRef.current ?? String(args.active.id);
      return [{ id: target }];
    }
    const columns = dragRef.current?.items ?? itemsRef.current;
    // The column under the pointer first, among the columns only: every rect dnd-kit gives reads
    // the scroll offsets of its scrolling ancestors, and 200 cards' rects on every move cost 2 ms
    // a frame. Then the nearest card of that column.
    let overId = getFirstCollision(
      pointerWithin({
        ...args,
        droppableContainers: args.droppableContainers.filter((c) => isColumnKey(String(c.id))),
      }),
      'id',
    );
    if (overId === null) {
      if (isJustMovedRef.current && lastOverRef.current !== null) {
        return [{ id: lastOverRef.current }];
      }
      return [];
    }
    const inColumn = new Set(columns[String(overId)] ?? []);
    if (inColumn.size > 0) {
      const nearest = closestCenter({
        ...args,
        droppableContainers: args.droppableContainers.filter((c) => inColumn.has(String(c.id))),
      });
      overId = getFirstCollision(nearest, 'id') ?? overId;
    }
    lastOverRef.current = overId;
    return [{ id: overId }];
  }, []);

  const onDragStart = useCallback(({ active, activatorEvent }: DragStartEvent) => {
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
    keyboardOverRef.current = null;
    lastOverRef.current = null;
    endedAtRef.current = null;
    // "Picked up" has said where it is; an "over" for the same slot would only repeat it.
    lastSaidRef.current = `${from.key}:${from.index}`;
    setDrag(dragRef.current);
  }, []);

  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    const current = dragRef.current;
    if (current === null || over === null) return;
    const next = moveAcross(current, active.rect.current.translated, over);
    if (next === current.items) return;
    isJustMovedRef.current = true;
    // The keyboard put the card before the card it aimed at; from now on it is over itself there.
    if (current.isKeyboard) keyboardOverRef.current = current.activeId;
    dragRef.current = { ...current, items: next };
    setDrag(dragRef.current);
  }, []);

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      let current = dragRef.current;
      dragRef.current = null;
      setDrag(null);
      if (current === null) return;
      let overId = over === null ? null : String(over.id);
      if (over !== null) {
        const items = moveAcross(current, active.rect.current.translated, over);
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
    [spotOf],
  );

  const onDragCancel = useCallback(() => {
    const current = dragRef.current;
    dragRef.current = null;
    setDrag(null);
    endedAtRef.current =
      current === null ? null : { spot: spotOf(current.from, itemsRef.current), isMoved: false };
  }, [spotOf]);

  const announcements = useMemo<Announcements>(() => {
    const title = (active: Active) => optionsRef.current.cardTitle(String(active.id));
    /** Says where the card would land, once per new slot. */
    const landing = ({ active, over }: { active: Active; over: Over | null }) => {
      const current = dragRef.current;
      if (current === null) return undefined;
      // The keyboard has moved on to another target: this "over" is stale, the next one follows.
      const aim = keyboardOverRef.current;
      if (current.isKeyboard && aim !== null && over !== null && String(over.id) !== aim) {
        return undefined;
      }
      const slot = landingOf(current, over === null ? null : String(over.id));
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
    onDragOver,
    onDragEnd,
    onDragCancel,
    /** The columns while a card is dragged; null when nothing is. */
    dragItems: drag?.items ?? null,
    activeId: drag?.activeId ?? null,
  };
}
