import { useId } from 'react';
import type { Candidate } from '../../../shared/records/candidate.ts';

interface DependencyPickerProps {
  candidates: readonly Candidate[];
  selfId: string | null;
  selected: readonly string[];
  error?: string | undefined;
  onChange: (dependencies: string[]) => void;
}

/** "Depends on": a checkbox per other candidate of the workshop. */
export function DependencyPicker({
  candidates,
  selfId,
  selected,
  error,
  onChange,
}: DependencyPickerProps) {
  const errorId = useId();
  const others = candidates.filter((c) => c.id !== selfId);
  // A dependency the list cannot show (on itself, or on a deleted candidate) is listed to untick.
  const strays = selected.filter((id) => !others.some((c) => c.id === id));
  const toggle = (id: string, isOn: boolean) =>
    onChange(isOn ? [...selected, id] : selected.filter((d) => d !== id));

  return (
    <fieldset className="dependencies" aria-describedby={error ? errorId : undefined}>
      <legend>Depends on</legend>
      {others.length === 0 && strays.length === 0 ? (
        <p className="hint">No other candidates yet.</p>
      ) : (
        <ul className="checkbox-list">
          {others.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                {c.title}
              </label>
            </li>
          ))}
          {strays.map((id) => (
            <li key={id}>
              <label>
                <input type="checkbox" checked onChange={() => toggle(id, false)} />
                {id === selfId ? 'This candidate itself' : 'A candidate no longer in this workshop'}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
