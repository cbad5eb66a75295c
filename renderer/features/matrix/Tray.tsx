import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { CardActions } from './CardPopover.tsx';
import type { MatrixCardView } from './cardView.ts';
import { MatrixCard } from './MatrixCard.tsx';
import { TRAY_ID } from './useMatrixDnd.ts';

/** The tray's drop zone; the cards come in as `children`, so drags do not re-render them. */
function TrayZone({ children }: { children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: TRAY_ID });
  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'tray is-over' : 'tray'}
      aria-labelledby="tray-heading"
    >
      {children}
    </section>
  );
}

/**
 * The tray: candidates with neither a placement nor scores on both axes. Dropping a placed card
 * here clears its placement (a scored card then stands at its scored spot).
 */
export function Tray({
  views,
  actions,
}: {
  views: readonly MatrixCardView[];
  actions: CardActions;
}) {
  return (
    <TrayZone>
      <h2 id="tray-heading">Tray ({views.length})</h2>
      <p className="hint">
        Not placed, not scored on both axes. Drag a card onto the matrix; drag one here to clear its
        placement.
      </p>
      {views.length > 0 ? (
        <ul className="tray-cards" aria-label="Cards in the tray">
          {views.map((view) => (
            <MatrixCard key={view.id} view={view} actions={actions} />
          ))}
        </ul>
      ) : (
        <p className="tray-empty">Every card is on the matrix.</p>
      )}
    </TrayZone>
  );
}
