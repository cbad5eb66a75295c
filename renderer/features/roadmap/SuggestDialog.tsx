import { EFFORT_POINTS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { roadmapColumns } from '../../../shared/domain/phase-edits.ts';
import type { SequenceSuggestion } from '../../../shared/roadmap/sequence.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import { Dialog } from '../../components/Dialog.tsx';

interface SuggestDialogProps {
  doc: WorkshopDocument;
  suggestion: SequenceSuggestion;
  onAccept: () => void;
  onDiscard: () => void;
}

interface Row {
  key: string;
  name: string;
  capacity: number | null;
  now: Candidate[];
  suggested: Candidate[];
}

const NOTES: ReadonlyArray<{
  key: keyof Omit<SequenceSuggestion, 'placements'>;
  title: string;
  why: string;
}> = [
  {
    key: 'oversized',
    title: 'Bigger than any phase',
    why: 'Each needs more effort points than any phase can hold, so it stays in the backlog. Split it into smaller candidates, or raise a phase’s capacity.',
  },
  {
    key: 'unplaced',
    title: 'No room left',
    why: 'No phase at or after its dependencies had room for it, so it stays in the backlog. Raise a capacity or add a phase.',
  },
  {
    key: 'blocked',
    title: 'Waiting for a dependency',
    why: 'It depends on a candidate that stays in the backlog, so it stays there too.',
  },
  {
    key: 'cyclic',
    title: 'In a dependency cycle',
    why: 'These depend on each other in a circle, so no order can satisfy them and they stay in the backlog. Remove one of the dependencies (see Checks).',
  },
];

function points(list: readonly Candidate[]): number {
  return list.reduce((sum, c) => sum + EFFORT_POINTS[c.effort], 0);
}

function PlanList({ list, capacity }: { list: readonly Candidate[]; capacity: number | null }) {
  const total = points(list);
  const isOver = capacity !== null && total > capacity;
  return (
    <>
      <p className={isOver ? 'rm-plan-total is-over' : 'rm-plan-total'}>
        {list.length} {list.length === 1 ? 'card' : 'cards'} · {total}
        {capacity === null ? ' points' : ` of ${capacity} points`}
        {isOver && <strong> · {total - capacity} over capacity</strong>}
      </p>
      {list.length > 0 && (
        <ol className={capacity === null ? 'rm-plan rm-plan-inline' : 'rm-plan'}>
          {list.map((c) => (
            <li key={c.id}>
              {c.title} <span className="rm-where">({c.effort})</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * "Suggest a sequence": the suggested plan beside the current one, phase by phase, with what could
 * not be scheduled and why. Accepting writes it as one undo step; discarding changes nothing.
 */
export function SuggestDialog({ doc, suggestion, onAccept, onDiscard }: SuggestDialogProps) {
  const byId = new Map(doc.candidates.map((c) => [c.id, c]));
  const current = roadmapColumns(doc);
  const suggestedIn = (phaseId: string | null): Candidate[] =>
    suggestion.placements
      .filter((p) => p.phaseId === phaseId)
      .flatMap((p) => byId.get(p.candidateId) ?? []);
  const rows: Row[] = [
    ...current.phases.map(({ phase, candidates }) => ({
      key: phase.id,
      name: phase.name,
      capacity: phase.capacity,
      now: candidates,
      suggested: suggestedIn(phase.id),
    })),
    {
      key: 'backlog',
      name: 'Backlog',
      capacity: null,
      now: current.backlog,
      suggested: suggestedIn(null),
    },
  ];
  const moves = suggestion.placements.filter((p) => {
    const c = byId.get(p.candidateId);
    return c !== undefined && (c.phaseId !== p.phaseId || c.phaseRank !== p.phaseRank);
  }).length;
  const scheduled = suggestion.placements.filter((p) => p.phaseId !== null).length;
  const notes = NOTES.filter((n) => suggestion[n.key].length > 0);

  return (
    <Dialog title="Suggested sequence" onClose={onDiscard} isWide>
      <p>
        Built from priorities, dependencies and capacity: operational quick wins first,
        customer-facing value next, long-term and experimental work last. It schedules {scheduled}{' '}
        of {doc.candidates.length} candidates
        {moves === 0 ? ' and matches the current plan.' : ` and moves ${moves} of them.`} Undo takes
        an accepted suggestion back in one step.
      </p>
      <div className="table-wrap">
        <table className="rm-compare">
          <caption className="visually-hidden">
            The current plan and the suggested plan, by phase
          </caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Now</th>
              <th scope="col">Suggested</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                <td>
                  <PlanList list={row.now} capacity={row.capacity} />
                </td>
                <td>
                  <PlanList list={row.suggested} capacity={row.capacity} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.map((note) => (
        <section key={note.key} className="rm-note" aria-labelledby={`suggest-${note.key}`}>
          <h3 id={`suggest-${note.key}`}>{note.title}</h3>
          <p>{note.why}</p>
          <ul>
            {suggestion[note.key].map((id) => (
              <li key={id}>{byId.get(id)?.title ?? id}</li>
            ))}
          </ul>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
        <button type="button" className="primary" onClick={onAccept} disabled={moves === 0}>
          Accept suggestion
        </button>
      </div>
    </Dialog>
  );
}
