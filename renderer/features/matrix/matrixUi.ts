/**
 * Session state of the matrix screen (zustand): which card is selected, hovered, armed for a drag
 * or being dragged. Each card subscribes to its own slice (`selectedId === id`), so hovering or
 * picking up one card re-renders that card and not the other 499.
 */
import { create } from 'zustand';

interface MatrixUiState {
  /** The card whose details and actions are open (focused or clicked); null for none. */
  selectedId: string | null;
  /** The card under the mouse pointer, whose details show as a tooltip. */
  hoveredId: string | null;
  /** The card being dragged; while set, no tooltip or popover is shown. */
  draggingId: string | null;
  /** The card dnd-kit knows as its one draggable (DragSource.tsx): the last one pointed at or focused. */
  armedId: string | null;
  select(id: string | null): void;
  hover(id: string | null): void;
  setDragging(id: string | null): void;
  arm(id: string): void;
}

export const useMatrixUi = create<MatrixUiState>()((set, get) => ({
  selectedId: null,
  hoveredId: null,
  draggingId: null,
  armedId: null,
  select: (selectedId) => {
    if (get().selectedId !== selectedId) set({ selectedId });
  },
  hover: (hoveredId) => {
    // The pointer crosses other cards during a drag: that is not hovering them.
    if (get().draggingId === null && get().hoveredId !== hoveredId) set({ hoveredId });
  },
  setDragging: (draggingId) => set({ draggingId, hoveredId: null }),
  arm: (armedId) => {
    // The card being dragged stays the draggable until it is dropped.
    if (get().draggingId === null && get().armedId !== armedId) set({ armedId });
  },
}));

/** The id of a card's button, so that code outside the card can give it focus again. */
export function cardButtonId(candidateId: string): string {
  return `matrix-card-${candidateId}`;
}

/** Focuses a card's button once the next render has put it in the page. */
export function focusCard(candidateId: string): void {
  requestAnimationFrame(() => document.getElementById(cardButtonId(candidateId))?.focus());
}
