/**
 * The one draggable dnd-kit knows about. `useDraggable` in every card would re-render all 500
 * cards whenever a drag starts, finds its drop zone and ends (dnd-kit's context changes three
 * times), which the benchmark showed as 150 ms of stutter at pick-up. Instead, the card under the
 * pointer or with keyboard focus is "armed": this component registers that card's button as the
 * draggable and lends the card dnd-kit's listeners. Only this component re-renders during a drag.
 */
import { useDraggable } from '@dnd-kit/core';
import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { useLayoutEffect } from 'react';
import type { SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import { cardButtonId, useMatrixUi } from './matrixUi.ts';

interface Armed {
  id: string;
  listeners: DraggableSyntheticListeners;
  setNode: (element: HTMLElement | null) => void;
}

let armed: Armed | null = null;

function ArmedDraggable({ id }: { id: string }) {
  const { listeners, setNodeRef } = useDraggable({ id });
  useLayoutEffect(() => {
    setNodeRef(document.getElementById(cardButtonId(id)));
    armed = { id, listeners, setNode: setNodeRef };
    return () => {
      if (armed?.id === id) armed = null;
    };
  }, [id, listeners, setNodeRef]);
  return null;
}

/** Renders the armed card's draggable; place it inside the DndContext. */
export function DragSource() {
  const armedId = useMatrixUi((s) => s.armedId);
  return armedId === null ? null : <ArmedDraggable key={armedId} id={armedId} />;
}

type ListenerName = 'onPointerDown' | 'onTouchStart' | 'onKeyDown';

/**
 * Hands a card's pointer, touch or key event to dnd-kit's sensors, arming the card first if it
 * is not armed yet (a touch with no hover before it).
 */
export function startDrag(
  event: SyntheticEvent<HTMLElement>,
  id: string,
  listener: ListenerName,
): void {
  if (armed?.id !== id && useMatrixUi.getState().draggingId === null) {
    flushSync(() => useMatrixUi.getState().arm(id));
  }
  if (armed?.id !== id) return;
  // The button may be a new element since it was armed (it moved between tray and matrix).
  armed.setNode(event.currentTarget);
  const handler = armed.listeners?.[listener] as ((event: SyntheticEvent) => void) | undefined;
  handler?.(event);
}
