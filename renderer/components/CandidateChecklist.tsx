import { useId } from 'react';
import type { Candidate } from '../../shared/records/candidate.ts';

interface CandidateChecklistProps {
  legend: string;
  className: string;
  /** The candidates to offer, in the order to list them. */
  candidates: readonly Candidate[];
  selected: readonly string[];
  error?: string | undefined;
  onChange: (ids: string[]) => void;
  /** How to name a ticked id the list cannot show (itself, or a deleted candidate). */
  strayLabel: (id: string) => string;
  /** A short aside after a candidate's title, e.g. "(builds it)". */
  noteFor?: (candidate: Candidate) => string | null;
}

/** A checkbox per candidate ("Depends on", "Reused by"), with an inline error. */
export function CandidateChecklist({
  legend,
  className,
  candidates,
  selected,
  error,
  onChange,
  strayLabel,
  noteFor,
}: CandidateChecklistProps) {
  const errorId = useId();
  // A ticked id the list cannot show is listed too, so that it can be unticked.
  const strays = selected.filter((id) => !candidates.some((c) => c.id === id));
  const toggle = (id: string, isOn: boolean) =>
    onChange(isOn ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <fieldset className={className} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {/* Above the list: a long list would push an error below the fold. */}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {candidates.length === 0 && strays.length === 0 ? (
        <p className="hint">No candidates to choose from yet.</p>
      ) : (
        <ul className="checkbox-list">
          {candidates.map((c) => {
            const note = noteFor?.(c);
            return (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                  {c.title}
                  {note && <span className="hint"> {note}</span>}
                </label>
              </li>
            );
          })}
          {strays.map((id) => (
            <li key={id}>
              <label>
                <input type="checkbox" checked onChange={() => toggle(id, false)} />
                {strayLabel(id)}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
