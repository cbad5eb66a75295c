import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { CardActions } from './CardPopover.tsx';
import type { MatrixCardView } from './cardView.ts';
import { MatrixCard } from './MatrixCard.tsx';
import { TRAY_ID } from './dndMath.ts';

/** The tray's drop zone (dnd-kit re-renders it when a drag starts, finds its zone and ends). */
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
 * here clears its placement (a scored card then stands at its scored spot). Its cards are drawn
 * into `cardsHost` by TrayCards, from outside the DndContext (see PlotCards).
 */
export function Tray({
  count,
  cardsHost,
}: {
  count: number;
  cardsHost: (list: HTMLUListElement | null) => void;
}) {
  return (
    <TrayZone>
      <h2 id="tray-heading">Tray ({count})</h2>
      <p className="hint">
        Not placed, not scored on both axes. Drag a card onto the matrix; drag one here to clear its
        placement.
      </p>
      <ul
        ref={cardsHost}
        className="tray-cards"
        aria-label="Cards in the tray"
        hidden={count === 0}
      />
      {count === 0 && <p className="tray-empty">Every card is on the matrix.</p>}
    </TrayZone>
  );
}

/** The tray's cards, drawn into its list through a portal. */
export function TrayCards({
  views,
  actions,
}: {
  views: readonly MatrixCardView[];
  actions: CardActions;
}) {
  return views.map((view) => <MatrixCard key={view.id} view={view} actions={actions} />);
}
