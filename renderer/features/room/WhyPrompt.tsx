import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { useSessionStore } from '../../state/store.ts';

/**
 * "Why?" after a decision (a move on the matrix, an accepted sequence, a merge): a one-line reason
 * logs the decision; Escape (or Skip) lets it go unlogged, one keystroke. It never takes the focus,
 * so a facilitator moving cards from the keyboard goes on uninterrupted. `isInline` puts it in the
 * flow of the page (the matrix's side column) rather than over it.
 */
export function WhyPrompt({
  workshopId,
  isInline = false,
}: {
  workshopId: string;
  isInline?: boolean;
}) {
  const ask = useSessionStore((s) => s.decisionAsk);
  const askWhy = useSessionStore((s) => s.askWhy);
  const [why, setWhy] = useState('');
  const [shownFor, setShownFor] = useState(ask);
  if (ask !== shownFor) {
    setShownFor(ask);
    setWhy('');
  }
  const isMine = ask !== null && ask.workshopId === workshopId;

  useEffect(() => {
    if (!isMine) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open], .pass-laptop') !== null) return;
      askWhy(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isMine, askWhy]);

  if (!isMine || ask === null) return null;

  async function log(event: FormEvent) {
    event.preventDefault();
    if (ask === null) return;
    askWhy(null);
    await runEdit(
      EDITS.logDecision,
      { workshopId, fields: { what: ask.what, why, candidateIds: ask.candidateIds } },
      workshopId,
    );
  }

  return (
    <form
      className={isInline ? 'why-prompt why-inline' : 'why-prompt'}
      aria-label="Log the decision"
      onSubmit={(e) => void log(e)}
    >
      <p className="why-what">{ask.what}</p>
      <label>
        Why? (optional)
        <input value={why} maxLength={300} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <div className="banner-actions">
        <button type="submit">Log it</button>
        <button type="button" onClick={() => askWhy(null)}>
          Skip (Esc)
        </button>
      </div>
    </form>
  );
}
