import { useId } from 'react';
import type { Candidate } from '../../../shared/records/candidate.ts';

interface ConsumerPickerProps {
  /** The workshop's candidates, in the order to list them. */
  candidates: readonly Candidate[];
  providerId: string | null;
  selected: readonly string[];
  error?: string | undefined;
  onChange: (consumerIds: string[]) => void;
}

/** "Reused by": a checkbox per candidate of the workshop. */
export function ConsumerPicker({
  candidates,
  providerId,
  selected,
  error,
  onChange,
}: ConsumerPickerProps) {
  const errorId = useId();
  // A consumer the list cannot show (deleted while the form was open) is listed to untick.
  const strays = selected.filter((id) => !candidates.some((c) => c.id === id));
  const toggle = (id: string, isOn: boolean) =>
    onChange(isOn ? [...selected, id] : selected.filter((c) => c !== id));
  return (
    <fieldset className="consumers" aria-describedby={error ? errorId : undefined}>
      <legend>Reused by</legend>
      {/* Above the list: a long list would push an error below the fold. */}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {candidates.length === 0 && strays.length === 0 ? (
        <p className="hint">No candidates yet.</p>
      ) : (
        <ul className="checkbox-list">
          {candidates.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                {c.title}
                {c.id === providerId && <span className="hint"> (builds it)</span>}
              </label>
            </li>
          ))}
          {strays.map((id) => (
            <li key={id}>
              <label>
                <input type="checkbox" checked onChange={() => toggle(id, false)} />A candidate no
                longer in this workshop
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
