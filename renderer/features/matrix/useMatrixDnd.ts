/**
 * Drag and drop for the matrix (dnd-kit): sensors for mouse, touch and keyboard, the rule for
 * which drop zone a card is over, and the screen-reader announcements. A drop is handed to
 * `onDrop`, which writes it at once as one undo step. The maths is in dndMath.ts.
 */
import { KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors } from '@dnd-kit/core';
import type {
  Active,
  Announcements,
  CancelDrop,
  CollisionDetection,
  DragStartEvent,
  KeyboardCoordinateGetter,
  KeyboardSensorOptions,
  PointerSensorOptions,
  TouchSensorOptions,
} from '@dnd-kit/core';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import { boxCenter, dropTargetAt } from '../../../shared/domain/matrix-geometry.ts';
import type { Direction, Point } from '../../../shared/domain/matrix-geometry.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import * as say from './announcements.ts';
import type { DropOutcome, Landing } from './announcements.ts';
import type { MatrixCardView } from './cardView.ts';
import {
  dropLandingOf,
  keyboardMove,
  landingOf,
  plainRects,
  MATRIX_ID,
  ORIGIN,
  spotOf,
  TRAY_ID,
} from './dndMath.ts';
import type { Rects } from './dndMath.ts';
import { useMatrixUi } from './matrixUi.ts';

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

type Offsets = ReadonlyMap<string, Point>;

/**
 * Arrow keys move the card's spot by 2 % of the matrix (10 % with Shift) and keep it on the
 * matrix (dndMath.ts keyboardMove: the card's nudge, see cardLayout.ts, taken into account).
 */
function keyboardCoordinates(offsets: RefObject<Offsets>): KeyboardCoordinateGetter {
  return (event, { active, context, currentCoordinates }) => {
    const direction = ARROWS[event.code];
    const matrix = context.droppableRects.get(MATRIX_ID);
    const card = context.collisionRect;
    if (!direction || !matrix || !card) return undefined;
    const nudge = offsets.current.get(String(active)) ?? ORIGIN;
    return keyboardMove(currentCoordinates, card, nudge, direction, matrix, event.shiftKey);
  };
}

// Sensor options must keep their identity between renders (useSensor memoises on them).
// A 4 px travel tells a drag from a click, so clicking a card still selects it.
const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 4 } };
// On touch, a short hold starts a drag, so that a swipe can still scroll the page.
const TOUCH_OPTIONS: TouchSensorOptions = { activationConstraint: { delay: 150, tolerance: 8 } };

/** How far the active card is drawn from its spot. */
function nudgeOf(active: Active, offsets: Offsets): Point {
  return offsets.get(String(active.id)) ?? ORIGIN;
}

interface MatrixDndOptions {
  /** The latest card views by id. */
  views: RefObject<ReadonlyMap<string, MatrixCardView>>;
  settings: RefObject<WorkshopSettings>;
  /** How far each card is drawn from its spot (cardLayout.ts). */
  offsets: RefObject<Offsets>;
  /** Writes a drop. */
  onDrop: (id: string, landing: Landing) => Drop;
}

/** What a drop did, for the announcement, and when it is drawn. */
export interface Drop {
  outcome: DropOutcome;
  drawn: Promise<void>;
}

export function useMatrixDnd({ views, settings, offsets, onDrop }: MatrixDndOptions) {
  const keyboardOptions = useMemo<KeyboardSensorOptions>(
    () => ({ coordinateGetter: keyboardCoordinates(offsets) }),
    [offsets],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(KeyboardSensor, keyboardOptions),
  );
  const rectsRef = useRef<Rects>(new Map());
  const isKeyboardRef = useRef(false);
  const lastLandingRef = useRef('');
  const outcomeRef = useRef<DropOutcome>({ kind: 'unchanged' });
  const onDropRef = useRef(onDrop);
  useLayoutEffect(() => {
    onDropRef.current = onDrop;
  }, [onDrop]);

  // The card's centre decides, for the pointer and the keyboard alike, so that the zone named in
  // the announcement is always the one the drop uses.
  const collisionDetection = useCallback<CollisionDetection>(
    ({ collisionRect, droppableRects }) => {
      const rects = plainRects(droppableRects);
      rectsRef.current = rects;
      const target = dropTargetAt(boxCenter(collisionRect), {
        matrix: rects.get(MATRIX_ID),
        tray: rects.get(TRAY_ID),
      });
      return target ? [{ id: target }] : [];
    },
    [],
  );

  const onDragStart = useCallback((event: DragStartEvent) => {
    isKeyboardRef.current = event.activatorEvent instanceof KeyboardEvent;
    lastLandingRef.current = '';
    useMatrixUi.getState().setDragging(String(event.active.id));
  }, []);

  // The drop is decided and written in cancelDrop, which dnd-kit calls before it changes any
  // state for the drop, and awaits: the drag ends (the preview goes, the card is drawn where it
  // landed) once the move is drawn, after its write has landed (usePlacements). So the write's
  // turns on the main thread never wait behind React's render of the drop.
  const cancelDrop = useCallback<CancelDrop>(
    async ({ active, over }) => {
      const id = String(active.id);
      // The drop point is the card's centre (less its nudge) against the matrix as dnd-kit
      // measured it.
      const spot = spotOf(active.rect.current.translated, nudgeOf(active, offsets.current));
      const landing = dropLandingOf(over?.id ?? null, over?.rect ?? null, spot, settings.current);
      const { outcome, drawn } = onDropRef.current(id, landing);
      outcomeRef.current = outcome;
      await drawn;
      return false;
    },
    [settings, offsets],
  );

  const onDragEnd = useCallback(() => useMatrixUi.getState().setDragging(null), []);

  const onDragCancel = useCallback(() => useMatrixUi.getState().setDragging(null), []);

  const announcements = useMemo<Announcements>(() => {
    const viewOf = (active: Active) => views.current.get(String(active.id));
    return {
      onDragStart: ({ active }) => {
        const view = viewOf(active);
        return view && say.pickedUp(view);
      },
      onDragMove: ({ active }) => {
        const view = viewOf(active);
        if (!view) return undefined;
        const landing = landingOf(
          active.rect.current.translated,
          nudgeOf(active, offsets.current),
          rectsRef.current,
          settings.current,
        );
        const key = say.landingKey(landing);
        // Every arrow key deserves an answer; a mouse drag speaks only when the zone changes.
        if (!isKeyboardRef.current && key === lastLandingRef.current) return undefined;
        lastLandingRef.current = key;
        return say.over(view, landing, isKeyboardRef.current);
      },
      onDragOver: () => undefined,
      onDragEnd: ({ active }) => {
        const view = viewOf(active);
        return view && say.dropped(view, outcomeRef.current);
      },
      onDragCancel: ({ active }) => {
        const view = viewOf(active);
        return view && say.cancelled(view);
      },
    };
  }, [views, settings, offsets]);

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
    cancelDrop,
    onDragStart,
    onDragEnd,
    onDragCancel,
  };
}
