import { memo } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { RoadmapSeverity } from '../../../shared/roadmap/checks.ts';
import { armCard, attachCard, startDrag } from './DragSource.tsx';
import type { RoadmapCardView, Relation } from './roadmapView.ts';

/** Cards making room glide as dnd-kit sortable's do. */
const SHIFT = 'transform 200ms ease';

export const SEVERITY_WORDS: Readonly<Record<RoadmapSeverity, string>> = {
  error: '✖ Error',
  warning: '⚠ Warning',
  hint: 'ℹ Hint',
};

const RELATION_WORDS: Readonly<Record<Exclude<Relation, 'selected'>, string>> = {
  prerequisite: 'Needed by selected',
  dependent: 'Needs selected',
};

/** The id of a card's button, so that code outside the card can give it focus. */
export function cardButtonId(candidateId: string): string {
  return `roadmap-card-${candidateId}`;
}

/** Focuses a card's button once the next render has put it in the page. */
export function focusCard(candidateId: string): void {
  requestAnimationFrame(() => {
    const button = document.getElementById(cardButtonId(candidateId));
    button?.focus();
    button?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

function dependencyWords(view: RoadmapCardView): string {
  return [
    view.dependsOn > 0 ? `needs ${view.dependsOn}` : '',
    view.neededBy > 0 ? `needed by ${view.neededBy}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What a card shows, on the board and under the pointer while dragged. */
export const CardFace = memo(function CardFace({
  view,
  relation,
}: {
  view: RoadmapCardView;
  relation: Relation | null;
}) {
  const dependencies = dependencyWords(view);
  return (
    <span className="rm-card-face" aria-hidden="true">
      <span className="rm-card-title">{view.title}</span>
      <span className="rm-card-meta">
        <span className={`rm-chip rm-chip-${view.quadrant ?? 'none'}`}>
          {view.quadrant === null ? 'Not scored' : QUADRANT_LABELS[view.quadrant]}
        </span>
        <span className="rm-effort">
          {view.effort} · {view.points} pt
        </span>
        {dependencies && <span className="rm-deps">{dependencies}</span>}
      </span>
      {(view.severity !== null || (relation !== null && relation !== 'selected')) && (
        <span className="rm-flags">
          {view.severity !== null && (
            <span className={`rm-flag rm-flag-${view.severity}`}>
              {SEVERITY_WORDS[view.severity]}
            </span>
          )}
          {relation !== null && relation !== 'selected' && (
            <span className={`rm-flag rm-flag-${relation}`}>{RELATION_WORDS[relation]}</span>
          )}
        </span>
      )}
    </span>
  );
});

/** The card's description for screen readers: what the face shows, in sentences. */
function describe(view: RoadmapCardView, relation: Relation | null, selectedTitle: string): string {
  const quadrant = view.quadrant === null ? 'Not scored' : QUADRANT_LABELS[view.quadrant];
  const parts = [`${quadrant}.`, `Effort ${view.effort}, ${view.points} points.`];
  if (view.dependsOn > 0) parts.push(`Depends on ${view.dependsOn}.`);
  if (view.neededBy > 0) parts.push(`Needed by ${view.neededBy}.`);
  if (relation === 'selected') parts.push('Selected.');
  if (relation === 'prerequisite')
    parts.push(`The selected card “${selectedTitle}” depends on it.`);
  if (relation === 'dependent') parts.push(`It depends on the selected card “${selectedTitle}”.`);
  if (view.severity !== null)
    parts.push(`${SEVERITY_WORDS[view.severity].slice(2)}: ${view.issueText}`);
  return parts.join(' ');
}

/** The id of the hidden text that tells a screen reader how to drag a card (DndContext's `id`). */
export const DRAG_INSTRUCTIONS_ID = 'roadmap-drag-instructions';

interface RoadmapCardProps {
  view: RoadmapCardView;
  relation: Relation | null;
  /** The selected card's title, named in a related card's description. */
  selectedTitle: string;
  /** This card is the one being dragged (its place shows faded). */
  isDragSource: boolean;
  /**
   * How far the card is moved to make room while a card of its column is dragged; null when no
   * card of its column is.
   */
  shift: number | null;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
}

/**
 * One card of a column. It is not a dnd-kit consumer (DragSource.tsx arms the card under the
 * pointer or with focus), so it renders only when its own props change: a pick-up or a move over
 * a new slot re-renders the cards that move, not the 200.
 */
export const RoadmapCard = memo(function RoadmapCard(props: RoadmapCardProps) {
  const { view, relation, selectedTitle, isDragSource, shift, onSelect, onOpen } = props;
  const buttonId = cardButtonId(view.id);
  const detailsId = `${buttonId}-details`;
  const classes = [
    'rm-card',
    `rm-q-${view.quadrant ?? 'none'}`,
    relation === null ? '' : `is-${relation}`,
    isDragSource ? 'is-drag-source' : '',
  ];
  const style: CSSProperties | undefined =
    shift === null ? undefined : { transform: `translate3d(0, ${shift}px, 0)`, transition: SHIFT };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    startDrag(event, view.id, 'onKeyDown');
    // While a card is dragged Escape belongs to dnd-kit (it cancels the drag).
    if (event.key === 'Escape' && !isDragSource && relation === 'selected') onSelect(null);
  };
  return (
    <li style={style} className="rm-card-item" data-card-id={view.id}>
      <button
        ref={(element) => attachCard(view.id, element)}
        id={buttonId}
        type="button"
        className={classes.filter(Boolean).join(' ')}
        // What dnd-kit's draggable gives its node, on every card (only one is registered).
        role="button"
        tabIndex={0}
        aria-disabled={false}
        aria-pressed={isDragSource ? true : undefined}
        aria-roledescription="sortable card"
        onPointerDown={(event) => startDrag(event, view.id, 'onPointerDown')}
        onPointerEnter={() => armCard(view.id)}
        onKeyDown={onKeyDown}
        aria-label={view.title}
        aria-describedby={`${detailsId} ${DRAG_INSTRUCTIONS_ID}`}
        onFocus={() => {
          armCard(view.id);
          onSelect(view.id);
        }}
        onDoubleClick={() => onOpen(view.id)}
      >
        <CardFace view={view} relation={relation} />
      </button>
      <span id={detailsId} className="visually-hidden">
        {describe(view, relation, selectedTitle)}
      </span>
    </li>
  );
});
