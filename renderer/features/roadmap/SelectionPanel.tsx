import { QuadrantBadge } from '../candidates/QuadrantBadge.tsx';
import type { RoadmapCardView } from './roadmapView.ts';

/** A related card: its title and the column it is in. */
export interface Related {
  id: string;
  title: string;
  column: string;
}

interface SelectionPanelProps {
  view: RoadmapCardView | null;
  column: string;
  dependsOn: readonly Related[];
  neededBy: readonly Related[];
  onShow: (id: string) => void;
  onEdit: (id: string) => void;
  onClear: () => void;
}

function RelatedList({
  label,
  items,
  onShow,
}: {
  label: string;
  items: readonly Related[];
  onShow: (id: string) => void;
}) {
  return (
    <div className="rm-related">
      <h4>{label}</h4>
      {items.length === 0 ? (
        <p className="rm-none">Nothing.</p>
      ) : (
        <ul aria-label={label}>
          {items.map((r) => (
            <li key={r.id}>
              <button type="button" className="rm-link" onClick={() => onShow(r.id)}>
                {r.title}
              </button>{' '}
              <span className="rm-where">({r.column})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The selected card: where it is, what it depends on and what depends on it. */
export function SelectionPanel(props: SelectionPanelProps) {
  const { view, column, dependsOn, neededBy, onShow, onEdit, onClear } = props;
  return (
    <section className="rm-selection" aria-labelledby="roadmap-selection-heading">
      <h2 id="roadmap-selection-heading">Selected card</h2>
      {view === null ? (
        <p className="hint">
          Click a card or move to it with Tab to see what it depends on and what depends on it.
        </p>
      ) : (
        <>
          <h3 className="rm-selected-title">{view.title}</h3>
          <p className="rm-selected-meta">
            <QuadrantBadge quadrant={view.quadrant} scoredElsewhere={view.scoredElsewhere} />{' '}
            {view.effort} · {view.points} points · in {column}
          </p>
          <RelatedList label="Depends on" items={dependsOn} onShow={onShow} />
          <RelatedList label="Needed by" items={neededBy} onShow={onShow} />
          <div className="toolbar">
            <button type="button" onClick={() => onEdit(view.id)}>
              Edit candidate
            </button>
            <button type="button" onClick={onClear}>
              Deselect
            </button>
          </div>
        </>
      )}
    </section>
  );
}
