import { DragOverlay } from '@dnd-kit/core';
import { keepOverlayComposited } from '../../components/compositedOverlay.ts';
import { cardClassName, CardFace } from './CardFace.tsx';
import type { MatrixCardView } from './cardView.ts';
import { useMatrixUi } from './matrixUi.ts';

/**
 * The card under the pointer while dragging. dnd-kit moves this overlay on every pointer move;
 * the cards themselves stay still, so the other cards never re-render during a drag. It vanishes
 * on drop (no animation back): the card is already drawn where it was dropped.
 */
export function DragPreview({
  viewsById,
  isDense,
}: {
  viewsById: ReadonlyMap<string, MatrixCardView>;
  /** The dense view: a card picked up from the plot is previewed as its numbered dot. */
  isDense: boolean;
}) {
  const id = useMatrixUi((s) => s.draggingId);
  const view = id === null ? undefined : viewsById.get(id);
  const isDot = isDense && view?.x !== null;
  return (
    <DragOverlay dropAnimation={null} zIndex={40} className="drag-overlay">
      {view ? (
        <div
          ref={keepOverlayComposited}
          className={`${cardClassName(view)}${isDot ? ' card-dot' : ''} is-overlay`}
          aria-hidden="true"
        >
          {isDot ? view.rank : <CardFace view={view} />}
        </div>
      ) : null}
    </DragOverlay>
  );
}
