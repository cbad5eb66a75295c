import { DragOverlay } from '@dnd-kit/core';
import { cardClassName, CardFace } from './CardFace.tsx';
import type { MatrixCardView } from './cardView.ts';
import { useMatrixUi } from './matrixUi.ts';

/**
 * The card under the pointer while dragging. dnd-kit moves this overlay on every pointer move;
 * the cards themselves stay still, so the other cards never re-render during a drag. It vanishes
 * on drop (no animation back): the card is already drawn where it was dropped.
 */
export function DragPreview({ viewsById }: { viewsById: ReadonlyMap<string, MatrixCardView> }) {
  const id = useMatrixUi((s) => s.draggingId);
  const view = id === null ? undefined : viewsById.get(id);
  return (
    <DragOverlay dropAnimation={null} zIndex={40} className="drag-overlay">
      {view ? (
        <div className={`${cardClassName(view)} is-overlay`} aria-hidden="true">
          <CardFace view={view} />
        </div>
      ) : null}
    </DragOverlay>
  );
}
