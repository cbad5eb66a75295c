import { useDroppable } from '@dnd-kit/core';
import { memo, useLayoutEffect } from 'react';
import type { PhaseActions } from './PhaseHeader.tsx';
import { PhaseHeader } from './PhaseHeader.tsx';
import { RoadmapCard } from './RoadmapCard.tsx';
import { columnDropId } from './roadmapView.ts';
import type { RoadmapCardView, ColumnHead, Relation } from './roadmapView.ts';

interface PhaseColumnProps {
  head: ColumnHead;
  items: readonly string[];
  views: ReadonlyMap<string, RoadmapCardView>;
  relations: ReadonlyMap<string, Relation>;
  selectedTitle: string;
  /** The dragged card is over this column. */
  isOver: boolean;
  /** The dragged card, when it is in this column; null otherwise. */
  dragSourceId: string | null;
  /** The shifts of this column's cards while its dragged card is held (useRoadmapDnd); or null. */
  shifts: ReadonlyMap<string, number> | null;
  isFirst: boolean;
  isLast: boolean;
  actions: PhaseActions;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
}

function dropBodyId(key: string): string {
  return `${columnDropId(key)}-body`;
}

/**
 * A column as dnd-kit's drop zone, rendered inside the DndContext while the columns and their
 * cards are drawn outside it: dnd-kit's context changes on every pointer move, and React would
 * walk every card's fibers below it for consumers each time.
 */
export function ColumnDropZone({ columnKey }: { columnKey: string }) {
  const { setNodeRef } = useDroppable({ id: columnKey });
  // On every render: cheap, and it follows the column's node should it be drawn anew.
  useLayoutEffect(() => setNodeRef(document.getElementById(dropBodyId(columnKey))));
  return null;
}

/** One column of the roadmap, the backlog or a phase: its head and its cards, a drop zone. */
export const PhaseColumn = memo(function PhaseColumn(props: PhaseColumnProps) {
  const { head, items, views, relations, selectedTitle, dragSourceId, shifts } = props;
  const { isOver, onSelect, onOpen } = props;
  const headingId = `${columnDropId(head.key)}-heading`;
  const points = items.reduce((sum, id) => sum + (views.get(id)?.points ?? 0), 0);
  const count = `${items.length} ${items.length === 1 ? 'card' : 'cards'}`;
  return (
    // The whole column is the drop zone, header included: its size never changes during a drag,
    // while the header's capacity line may wrap as cards come and go.
    <section
      className={[
        'rm-column',
        head.phase === null ? 'rm-backlog' : '',
        isOver ? 'is-over' : '',
      ].join(' ')}
      aria-labelledby={headingId}
    >
      {head.phase === null ? (
        <header className="rm-column-head">
          <h3 id={headingId}>Backlog</h3>
          <p className="rm-span">Not scheduled yet</p>
          <p className="rm-capacity-text">
            {count} · {points} points
          </p>
        </header>
      ) : (
        <PhaseHeader
          phase={head.phase}
          headingId={headingId}
          points={points}
          issues={head.issues}
          isFirst={props.isFirst}
          isLast={props.isLast}
          actions={props.actions}
        />
      )}
      <div id={columnDropId(head.key)} className="rm-drop">
        {/* dnd-kit's node for the column (ColumnDropZone; its rect is the whole column's, see
            MEASURING): inside the scrolling list, so that a drag near its edge scrolls it. */}
        <div id={dropBodyId(head.key)} className="rm-drop-body">
          {items.length > 0 ? (
            <ul className="rm-cards" aria-label={`Cards in ${head.name}`}>
              {items.map((id) => {
                const view = views.get(id);
                return view === undefined ? null : (
                  <RoadmapCard
                    key={id}
                    view={view}
                    relation={relations.get(id) ?? null}
                    // Only related cards name the selection: the others keep their props.
                    selectedTitle={relations.has(id) ? selectedTitle : ''}
                    isDragSource={id === dragSourceId}
                    shift={shifts?.get(id) ?? null}
                    onSelect={onSelect}
                    onOpen={onOpen}
                  />
                );
              })}
            </ul>
          ) : (
            <p className="rm-empty">
              {head.phase === null ? 'Every card is scheduled.' : 'Drag cards here.'}
            </p>
          )}
        </div>
      </div>
    </section>
  );
});
