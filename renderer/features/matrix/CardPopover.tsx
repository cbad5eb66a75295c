import { formatScore, QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { MatrixCardView } from './cardView.ts';

/** What a card's buttons do; one stable object for all cards, so cards stay memoised. */
export interface CardActions {
  /** Opens the candidate editor. */
  open(id: string): void;
  /** Clears the placement, so the card stands at its scored spot. */
  snap(id: string): void;
  /** Asks for the reason to keep a placement that differs from the scores. */
  keep(id: string): void;
  /** Clears the placement of a card without scores: it goes back to the tray. */
  toTray(id: string): void;
}

/** The card's details: V, F, priority, tags and more (what the card's description points at). */
function CardDetails({ view, id }: { view: MatrixCardView; id: string }) {
  const where = view.quadrant === null ? 'In the tray' : QUADRANT_LABELS[view.quadrant];
  return (
    <div role="tooltip" id={id} className="card-details">
      {/* The card's name already says the title; the popover repeats it for the eye only. */}
      <p className="card-details-title" aria-hidden="true">
        {view.title}
      </p>
      <p className="card-details-scores">
        V {formatScore(view.value)} · F {formatScore(view.feasibility)} · Priority{' '}
        {formatScore(view.priority)}
      </p>
      <p>
        {where}
        {view.isPlaced ? ' (placed by the room)' : ''} · Effort {view.effort}
      </p>
      <p>{view.tags || 'No tags yet'}</p>
      <p>
        {view.stage}
        {view.department ? ` · ${view.department}` : ''}
      </p>
      {view.ghostX !== null && view.ghostY !== null && (
        <p className="card-details-warning">
          Placement differs from scores: the scores put it at V {formatScore(view.ghostY)}, F{' '}
          {formatScore(view.ghostX)} (the dashed dot).
        </p>
      )}
      {view.keptReason && <p>Placement kept: {view.keptReason}</p>}
    </div>
  );
}

interface CardPopoverProps {
  view: MatrixCardView;
  detailsId: string;
  /** Shows the actions too (the card is selected), not just the details (hovered). */
  hasActions: boolean;
  actions: CardActions;
}

/**
 * Beside a hovered or selected card: its details, and for the selected card its actions. The
 * actions follow the card in the tab order, so the keyboard reaches them from the card.
 */
export function CardPopover({ view, detailsId, hasActions, actions }: CardPopoverProps) {
  const side = view.x !== null && view.x > 55 ? 'left' : 'right';
  const grow = view.y !== null && view.y < 50 ? 'up' : 'down';
  return (
    <div
      className={`card-popover popover-${view.x === null ? 'tray' : side} popover-${grow}`}
      data-interactive={hasActions || undefined}
    >
      <CardDetails view={view} id={detailsId} />
      {hasActions && (
        <div role="group" aria-label={`Actions for “${view.title}”`} className="card-actions">
          <button type="button" onClick={() => actions.open(view.id)}>
            Edit candidate
          </button>
          {view.isPlaced && view.isScored && (
            <button type="button" onClick={() => actions.snap(view.id)}>
              Snap to scores
            </button>
          )}
          {view.ghostX !== null && (
            <button type="button" onClick={() => actions.keep(view.id)}>
              Keep placement…
            </button>
          )}
          {view.isPlaced && !view.isScored && (
            <button type="button" onClick={() => actions.toTray(view.id)}>
              Return to tray
            </button>
          )}
        </div>
      )}
    </div>
  );
}
