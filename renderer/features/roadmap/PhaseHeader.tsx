import type { RoadmapIssue } from '../../../shared/roadmap/checks.ts';
import type { Phase } from '../../../shared/records/phase.ts';
import { SEVERITY_WORDS } from './RoadmapCard.tsx';

export interface PhaseActions {
  edit: (phaseId: string) => void;
  move: (phaseId: string, direction: -1 | 1) => void;
  remove: (phaseId: string) => void;
}

/** The id of a phase's control, so that focus can follow the phase when it moves. */
export function phaseControlId(phaseId: string, control: 'edit' | 'left' | 'right'): string {
  return `roadmap-phase-${control}-${phaseId}`;
}

/** Short words for a phase-level check on the header; the checks panel holds the full sentence. */
function issueWords(issue: RoadmapIssue): string {
  if (issue.rule === 'momentum') return '⚠ No quick-win project';
  return SEVERITY_WORDS[issue.severity];
}

function CapacityBar({ points, capacity }: { points: number; capacity: number }) {
  const isOver = points > capacity;
  const share = capacity === 0 ? (points > 0 ? 100 : 0) : Math.min(100, (100 * points) / capacity);
  return (
    <div className={isOver ? 'rm-capacity is-over' : 'rm-capacity'}>
      <span className="rm-bar" aria-hidden="true">
        <span className="rm-bar-fill" style={{ width: `${share}%` }} />
      </span>
      <span className="rm-capacity-text">
        {points} of {capacity} points
        {isOver && <strong> · {points - capacity} over capacity</strong>}
      </span>
    </div>
  );
}

interface PhaseHeaderProps {
  phase: Phase;
  headingId: string;
  points: number;
  issues: readonly RoadmapIssue[];
  isFirst: boolean;
  isLast: boolean;
  actions: PhaseActions;
}

/** A phase's name, time span, effort against capacity, phase-level checks and controls. */
export function PhaseHeader(props: PhaseHeaderProps) {
  const { phase, headingId, points, issues, isFirst, isLast, actions } = props;
  // The capacity check already speaks through the bar's words.
  const flags = issues.filter((i) => i.rule !== 'capacity');
  return (
    <header className="rm-column-head">
      <h3 id={headingId}>{phase.name}</h3>
      <p className="rm-span">{phase.timeSpan || 'No time span set'}</p>
      <CapacityBar points={points} capacity={phase.capacity} />
      {flags.length > 0 && (
        <ul className="rm-head-flags" aria-label={`Checks on ${phase.name}`}>
          {flags.map((issue) => (
            <li
              key={issue.id}
              className={`rm-flag rm-flag-${issue.severity}`}
              title={issue.message}
            >
              {issueWords(issue)}
            </li>
          ))}
        </ul>
      )}
      <div className="rm-phase-actions" role="group" aria-label={`${phase.name} controls`}>
        <button
          type="button"
          id={phaseControlId(phase.id, 'edit')}
          onClick={() => actions.edit(phase.id)}
          aria-label={`Edit ${phase.name}`}
          title="Edit name, time span, capacity and readiness gate"
        >
          ✎ Edit
        </button>
        <button
          type="button"
          id={phaseControlId(phase.id, 'left')}
          onClick={() => actions.move(phase.id, -1)}
          disabled={isFirst}
          aria-label={`Move ${phase.name} earlier`}
          title="Move this phase one place earlier"
        >
          ◀
        </button>
        <button
          type="button"
          id={phaseControlId(phase.id, 'right')}
          onClick={() => actions.move(phase.id, 1)}
          disabled={isLast}
          aria-label={`Move ${phase.name} later`}
          title="Move this phase one place later"
        >
          ▶
        </button>
        <button
          type="button"
          className="rm-danger"
          onClick={() => actions.remove(phase.id)}
          aria-label={`Delete ${phase.name}`}
          title="Delete this phase; its cards go back to the backlog"
        >
          ✕
        </button>
      </div>
    </header>
  );
}
