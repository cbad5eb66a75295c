/**
 * The one draggable dnd-kit knows about on the roadmap, as on the matrix (matrix/DragSource.tsx).
 * A sortable hook in each of 200 cards made every card a dnd-kit consumer and a droppable: a
 * pick-up re-rendered all of them twice and measured every one (a rect and a walk up its
 * ancestors' computed styles each), 50 ms in one task. Instead the card under the pointer or with
 * keyboard focus is "armed": this component registers that card as the draggable and lends it
 * dnd-kit's listeners. The columns are the only droppables; which card of a column the dragged one
 * is over, and how the others make room, is worked out in useRoadmapDnd.ts.
 */
import { useDraggable } from '@dnd-kit/core';
import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useLayoutEffect } from 'react';
import type { SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { create } from 'zustand';
import { cardButtonId } from './RoadmapCard.tsx';

interface DragSourceState {
  /** The card registered with dnd-kit: the last one pointed at or focused. */
  armedId: string | null;
  /** The card being dragged: it stays armed until it is dropped. */
  draggingId: string | null;
  arm(id: string): void;
  setDragging(id: string | null): void;
}

const useDragSource = create<DragSourceState>()((set, get) => ({
  armedId: null,
  draggingId: null,
  arm: (armedId) => {
    if (get().draggingId === null && get().armedId !== armedId) set({ armedId });
  },
  setDragging: (draggingId) => set({ draggingId }),
}));

/** Arms a card (pointer over it, or focus on it); ignored while another card is dragged. */
export function armCard(id: string): void {
  useDragSource.getState().arm(id);
}

/** Marks the card dnd-kit is dragging (null when the drag is over). */
export function setDraggingCard(id: string | null): void {
  useDragSource.getState().setDragging(id);
}

interface Armed {
  id: string;
  listeners: DraggableSyntheticListeners;
  setNode: (element: HTMLElement | null) => void;
  setActivator: (element: HTMLElement | null) => void;
}

let armed: Armed | null = null;

function ArmedDraggable({ id }: { id: string }) {
  const { listeners, setNodeRef, setActivatorNodeRef } = useDraggable({ id });
  useLayoutEffect(() => {
    const button = document.getElementById(cardButtonId(id));
    setNodeRef(button?.closest('li') ?? null);
    setActivatorNodeRef(button);
    armed = { id, listeners, setNode: setNodeRef, setActivator: setActivatorNodeRef };
    return () => {
      if (armed?.id === id) armed = null;
    };
  }, [id, listeners, setNodeRef, setActivatorNodeRef]);
  return null;
}

/** Renders the armed card's draggable; place it inside the DndContext. */
export function DragSource() {
  const armedId = useDragSource((s) => s.armedId);
  return armedId === null ? null : <ArmedDraggable key={armedId} id={armedId} />;
}

/**
 * A card's button is in the page (again): when that card is armed, dnd-kit's nodes follow it. A
 * dragged card is drawn anew when it moves to another column, and again when the move is saved;
 * dnd-kit measures, and after a keyboard drop focuses, the element it holds.
 */
export function attachCard(id: string, button: HTMLElement | null): void {
  if (button === null || armed?.id !== id) return;
  armed.setNode(button.closest('li'));
  armed.setActivator(button);
}

type ListenerName = 'onPointerDown' | 'onKeyDown';

/**
 * Hands a card's pointer or key event to dnd-kit's sensors, arming the card first if it is not
 * armed yet (a touch with no hover before it).
 */
export function startDrag(
  event: SyntheticEvent<HTMLElement>,
  id: string,
  listener: ListenerName,
): void {
  if (armed?.id !== id && useDragSource.getState().draggingId === null) {
    flushSync(() => armCard(id));
  }
  if (armed?.id !== id) return;
  attachCard(id, event.currentTarget);
  const handler = armed.listeners?.[listener] as ((event: SyntheticEvent) => void) | undefined;
  handler?.(event);
}
