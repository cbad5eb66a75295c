import { memo } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { placementToPercent } from '../../../shared/domain/matrix-geometry.ts';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import { cardClassName, CardFace, MISMATCH_WORDS } from './CardFace.tsx';
import { CARD_HEIGHT_REM, CARD_WIDTH_REM, DOT_SIZE_REM } from './cardLayout.ts';
import { CardPopover } from './CardPopover.tsx';
import type { CardActions } from './CardPopover.tsx';
import type { MatrixCardView } from './cardView.ts';
import { startDrag } from './DragSource.tsx';
import { cardButtonId, useMatrixUi } from './matrixUi.ts';

/** The id of the hidden text that explains the drag keys (rendered by MatrixScreen). */
export const INSTRUCTIONS_ID = 'matrix-drag-instructions';
/**
 * The ids of the hidden words every dimmed card and every mismatched dot is described by
 * (rendered once by MatrixScreen: 5,000 cards need not carry 5,000 copies).
 */
export const DIMMED_WORDS_ID = 'matrix-dimmed-words';
export const MISMATCH_WORDS_ID = 'matrix-mismatch-words';

/**
 * "Customer query chatbot, Quick wins": the title and where the card stands; in the dense view
 * also the number the dot shows ("…, dot 12").
 */
export function cardName(view: MatrixCardView, isDot = false): string {
  const where = view.quadrant === null ? 'in the tray' : QUADRANT_LABELS[view.quadrant];
  return `${view.title}, ${where}${isDot ? `, dot ${view.rank}` : ''}`;
}

/** Where a card is drawn: a nudge of (dx, dy) pixels from its spot; 0, 0 in the tray. */
interface Nudge {
  dx: number;
  dy: number;
}

interface CardBodyProps extends Nudge {
  view: MatrixCardView;
  /** Drawn as a numbered dot (the dense view, cardLayout.ts), not as a card. */
  isDot: boolean;
  actions: CardActions;
  isDragging: boolean;
  isSelected: boolean;
  isHovered: boolean;
}

function closeOnEscape(event: KeyboardEvent, id: string): void {
  // While dragging, Escape belongs to dnd-kit (it cancels the drag).
  const ui = useMatrixUi.getState();
  if (event.key !== 'Escape' || ui.draggingId !== null || ui.selectedId !== id) return;
  ui.select(null);
  document.getElementById(cardButtonId(id))?.focus();
}

/** Everything a card draws. */
const CardBody = memo(function CardBody(props: CardBodyProps) {
  const { view, isDot, actions, isDragging } = props;
  const { isSelected, isHovered, dx, dy } = props;
  const buttonId = cardButtonId(view.id);
  const detailsId = `${buttonId}-details`;
  const noteId = `${buttonId}-note`;
  // Tray cards have no scores to show on hover, and the tray's list scrolls (it would clip a
  // floating box): there the details open inline, for the selected card only.
  const isShowingDetails = isSelected || (isHovered && view.x !== null);
  const isMismatched = view.ghostX !== null;
  // A card shows the mismatch in words on it; a dot has only its dashed ring.
  const describedBy = [
    isMismatched ? (isDot ? MISMATCH_WORDS_ID : noteId) : null,
    view.isDimmed ? DIMMED_WORDS_ID : null,
    isShowingDetails ? detailsId : null,
    INSTRUCTIONS_ID,
  ]
    .filter(Boolean)
    .join(' ');
  // The anchor is the card's spot; the box is drawn around it, nudged off it when it would cover
  // another card. The button itself never carries a transform: dnd-kit measures it without one.
  const isOnMatrix = view.x !== null && view.y !== null;
  const width = isDot ? DOT_SIZE_REM : CARD_WIDTH_REM[view.effort];
  const height = isDot ? DOT_SIZE_REM : CARD_HEIGHT_REM;
  const boxStyle: CSSProperties = { width: `${width}rem`, height: `${height}rem` };
  let anchorStyle: CSSProperties | undefined;
  if (view.x !== null && view.y !== null) {
    const { left, top } = placementToPercent({ x: view.x, y: view.y });
    anchorStyle = { left: `${left}%`, top: `${top}%` };
    boxStyle.left = `calc(${dx}px - ${width / 2}rem)`;
    boxStyle.top = `calc(${dy}px - ${height / 2}rem)`;
  }
  // A dot is only ever moved to stay inside the plot: no leader for that.
  const isNudged = isOnMatrix && !isDot && Math.hypot(dx, dy) >= 6;
  const classes = [
    'card-anchor',
    isDot ? 'is-dot' : `effort-${view.effort}`,
    isShowingDetails ? 'is-raised' : '',
    view.isDimmed ? 'is-dimmed' : '',
    isNudged ? 'is-nudged' : '',
  ];

  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      style={anchorStyle}
      onKeyDown={(event) => closeOnEscape(event, view.id)}
    >
      {isNudged && (
        <span
          className="card-leader"
          aria-hidden="true"
          style={{
            width: `${Math.hypot(dx, dy)}px`,
            transform: `rotate(${Math.atan2(dy, dx)}rad)`,
          }}
        />
      )}
      <div className="card-box" style={boxStyle}>
        <button
          id={buttonId}
          type="button"
          className={[
            cardClassName(view),
            isDot ? 'card-dot' : '',
            isDot && isMismatched ? 'is-mismatched' : '',
            isDragging ? 'is-drag-source' : '',
          ]
            .filter(Boolean)
            .join(' ')}
          data-rank={isDot ? view.rank : undefined}
          aria-roledescription="movable card"
          aria-pressed={isDragging || undefined}
          onPointerDown={(event) => startDrag(event, view.id, 'onPointerDown')}
          onTouchStart={(event) => startDrag(event, view.id, 'onTouchStart')}
          onKeyDown={(event) => startDrag(event, view.id, 'onKeyDown')}
          aria-label={cardName(view, isDot)}
          aria-describedby={describedBy || undefined}
          onFocus={(event) => {
            useMatrixUi.getState().arm(view.id);
            // Keyboard focus opens the card's details and actions; a mouse press waits for the click.
            if (event.currentTarget.matches(':focus-visible'))
              useMatrixUi.getState().select(view.id);
          }}
          onClick={() => useMatrixUi.getState().select(view.id)}
          onDoubleClick={() => actions.open(view.id)}
          onPointerEnter={() => {
            useMatrixUi.getState().arm(view.id);
            useMatrixUi.getState().hover(view.id);
          }}
          onPointerLeave={() => {
            if (useMatrixUi.getState().hoveredId === view.id) useMatrixUi.getState().hover(null);
          }}
        >
          {/* A dot shows its number only when it draws itself, raised (matrix.css): under the
              canvas, 5,000 numbers no one saw cost the matrix's start 0.1 to 0.2 s of 1.1 s.
              The name says the number too ("…, dot 12"). */}
          {isDot ? null : <CardFace view={view} />}
        </button>
        {isMismatched && !isDot && (
          <span className="card-note" id={noteId}>
            <span>{MISMATCH_WORDS}</span>
          </span>
        )}
        {isShowingDetails && (
          <CardPopover
            view={view}
            detailsId={detailsId}
            hasActions={isSelected}
            actions={actions}
          />
        )}
      </div>
    </li>
  );
});

/** One card, on the matrix or in the tray; DragSource makes it draggable when it is armed. */
export const MatrixCard = memo(function MatrixCard({
  view,
  isDot = false,
  actions,
  dx = 0,
  dy = 0,
}: {
  view: MatrixCardView;
  isDot?: boolean;
  actions: CardActions;
} & Partial<Nudge>) {
  // Only this card's own slice, in one selector: selecting, hovering or dragging one card
  // re-renders that card, not the other 499.
  const mode = useMatrixUi((s) =>
    s.draggingId !== null
      ? s.draggingId === view.id
        ? 3
        : 0
      : s.selectedId === view.id
        ? 2
        : s.hoveredId === view.id
          ? 1
          : 0,
  );
  return (
    <CardBody
      view={view}
      isDot={isDot}
      actions={actions}
      isDragging={mode === 3}
      isSelected={mode === 2}
      isHovered={mode === 1}
      dx={dx}
      dy={dy}
    />
  );
});
