import { useState } from 'react';
import type { FormEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { Decision } from '../../../shared/records/decision.ts';

/** The decision log: what the room decided, when, and why; each entry editable and deletable. */
export function DecisionsSection({ doc }: { doc: WorkshopDocument }) {
  const scope = doc.workshop.id;
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const decisions = [...doc.decisions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

  async function add(event: FormEvent) {
    event.preventDefault();
    if (what.trim() === '') return;
    const fields = { what, why, candidateIds: [] };
    if (await runEdit(EDITS.logDecision, { workshopId: scope, fields }, scope)) {
      setWhat('');
      setWhy('');
    }
  }

  return (
    <section aria-labelledby="decisions-heading" className="room-section">
      <h2 id="decisions-heading">Decisions ({doc.decisions.length})</h2>
      <form className="decision-add" onSubmit={(e) => void add(e)}>
        <label>
          Decision
          <input value={what} maxLength={300} onChange={(e) => setWhat(e.target.value)} />
        </label>
        <label>
          Why
          <input value={why} maxLength={300} onChange={(e) => setWhy(e.target.value)} />
        </label>
        <button type="submit">Log the decision</button>
      </form>
      {decisions.length === 0 ? (
        <p className="empty">
          No decision is logged yet. A move on the matrix, a kept placement, an accepted sequence or
          a merge asks for a one-line why; adopting the medians is logged by itself.
        </p>
      ) : (
        <ul className="decisions" aria-label="Decision log">
          {decisions.map((d) => (
            <DecisionRow key={d.id} decision={d} scope={scope} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DecisionRow({ decision, scope }: { decision: Decision; scope: string }) {
  const [why, setWhy] = useState(decision.why);
  const [shown, setShown] = useState(decision.why);
  if (shown !== decision.why) {
    setShown(decision.why);
    setWhy(decision.why);
  }
  const commit = () => {
    if (why.trim() !== decision.why) {
      void runEdit(EDITS.editDecision, { decision, fields: { what: decision.what, why } }, scope);
    }
  };
  return (
    <li>
      <time dateTime={decision.at}>{new Date(decision.at).toLocaleTimeString()}</time>{' '}
      <span className="decision-what">{decision.what}</span>
      <label className="decision-why">
        <span className="visually-hidden">Why: {decision.what}</span>
        <input
          value={why}
          maxLength={300}
          placeholder="Why (optional)"
          onChange={(e) => setWhy(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      </label>
      <button
        type="button"
        aria-label={`Delete the decision ${decision.what}`}
        onClick={() => void runEdit(EDITS.deleteDecision, { decision }, scope)}
      >
        Delete
      </button>
    </li>
  );
}
