import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { RoadmapSeverity } from '../../../shared/roadmap/checks.ts';
import type { RoadmapCardView, Relation } from './roadmapView.ts';

const SORTABLE_ATTRIBUTES = { roleDescription: 'sortable card' };

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

interface CardBodyProps {
  view: RoadmapCardView;
  relation: Relation | null;
  selectedTitle: string;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  isDragSource: boolean;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
}

/**
 * Everything a card draws, memoised apart from the dnd-kit hook: dnd-kit re-renders every
 * sortable item when a drag starts, moves over a new slot or ends, and this keeps that to a hook
 * call per card.
 */
const CardBody = memo(function CardBody(props: CardBodyProps) {
  const { view, relation, selectedTitle, attributes, listeners, isDragSource } = props;
  const { setActivatorNodeRef, onSelect, onOpen } = props;
  const buttonId = cardButtonId(view.id);
  const detailsId = `${buttonId}-details`;
  const classes = [
    'rm-card',
    `rm-q-${view.quadrant ?? 'none'}`,
    relation === null ? '' : `is-${relation}`,
    isDragSource ? 'is-drag-source' : '',
  ];
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    listeners?.onKeyDown?.(event);
    // While a card is dragged Escape belongs to dnd-kit (it cancels the drag).
    if (event.key === 'Escape' && !isDragSource && relation === 'selected') onSelect(null);
  };
  return (
    <>
      <button
        ref={setActivatorNodeRef}
        id={buttonId}
        type="button"
        className={classes.filter(Boolean).join(' ')}
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        aria-label={view.title}
        aria-describedby={[detailsId, attributes['aria-describedby']].join(' ')}
        onFocus={() => onSelect(view.id)}
        onDoubleClick={() => onOpen(view.id)}
      >
        <CardFace view={view} relation={relation} />
      </button>
      <span id={detailsId} className="visually-hidden">
        {describe(view, relation, selectedTitle)}
      </span>
    </>
  );
});

interface RoadmapCardProps {
  view: RoadmapCardView;
  relation: Relation | null;
  /** The selected card's title, named in a related card's description. */
  selectedTitle: string;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
}

/** One sortable card of a column. */
export const RoadmapCard = memo(function RoadmapCard(props: RoadmapCardProps) {
  const { view } = props;
  const sortable = useSortable({ id: view.id, attributes: SORTABLE_ATTRIBUTES });
  const style: CSSProperties = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  return (
    <li ref={sortable.setNodeRef} style={style} className="rm-card-item">
      <CardBody
        {...props}
        attributes={sortable.attributes}
        listeners={sortable.listeners}
        setActivatorNodeRef={sortable.setActivatorNodeRef}
        isDragSource={sortable.isDragging}
      />
    </li>
  );
});
