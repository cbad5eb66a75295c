import { useState } from 'react';
import type { FormEvent } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { CandidateChecklist } from '../../components/CandidateChecklist.tsx';
import { CRITERIA, CRITERIA_KEYS } from '../../../shared/domain/criteria.ts';
import type { Criterion } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { RoundKind, RoundMode } from '../../../shared/records/round.ts';
import { MAX_DOTS } from '../../../shared/records/round.ts';

/** Starts a dot-voting or a blind scoring round: its candidates, N and M, or its criteria. */
export function StartRoundDialog({
  doc,
  kind,
  onClose,
}: {
  doc: WorkshopDocument;
  kind: RoundKind;
  onClose: () => void;
}) {
  const scope = doc.workshop.id;
  const n = doc.rounds.filter((r) => r.kind === kind).length + 1;
  const [name, setName] = useState(kind === 'dots' ? `Dot voting ${n}` : `Blind scoring ${n}`);
  const [mode, setMode] = useState<RoundMode>('secret');
  const [candidateIds, setCandidateIds] = useState(() => doc.candidates.map((c) => c.id));
  const [criteria, setCriteria] = useState<Criterion[]>(['financialImpact', 'dataReadiness']);
  const [dots, setDots] = useState(String(Math.max(1, doc.workshop.settings.dotsPerParticipant)));
  const [most, setMost] = useState('2');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dotsPerParticipant = Number(dots);
    const maxPerCandidate = Number(most);
    const isWhole = (x: number) => Number.isInteger(x) && x >= 1 && x <= MAX_DOTS;
    if (name.trim() === '') return setError('Give the round a name.');
    if (candidateIds.length === 0) return setError('Tick at least one candidate.');
    if (kind === 'scores' && criteria.length === 0) return setError('Tick at least one criterion.');
    if (kind === 'dots' && (!isWhole(dotsPerParticipant) || !isWhole(maxPerCandidate))) {
      return setError(`Enter the dots as whole numbers from 1 to ${MAX_DOTS}.`);
    }
    const fields = {
      name,
      kind,
      mode,
      candidateIds,
      criteria: kind === 'scores' ? criteria : [],
      dotsPerParticipant: kind === 'dots' ? dotsPerParticipant : 1,
      maxPerCandidate: kind === 'dots' ? Math.min(maxPerCandidate, dotsPerParticipant) : 1,
    };
    await runEdit(EDITS.startRound, { workshopId: scope, fields }, scope);
    onClose();
  }

  return (
    <Dialog
      title={kind === 'dots' ? 'Start a dot-voting round' : 'Start a blind scoring round'}
      onClose={onClose}
      isWide
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          Name of the round
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
        </label>
        {kind === 'dots' && (
          <>
            <fieldset>
              <legend>How the room votes</legend>
              <label>
                <input
                  type="radio"
                  name="mode"
                  checked={mode === 'secret'}
                  onChange={() => setMode('secret')}
                />{' '}
                Secret ballot: pass the laptop from person to person
              </label>
              <label>
                <input
                  type="radio"
                  name="mode"
                  checked={mode === 'tally'}
                  onChange={() => setMode('tally')}
                />{' '}
                Tally: sticky dots on the wall, you type the counts
              </label>
            </fieldset>
            <div className="form-grid">
              <label className="field">
                Dots per participant (N)
                <input inputMode="numeric" value={dots} onChange={(e) => setDots(e.target.value)} />
              </label>
              <label className="field">
                At most per candidate (M)
                <input inputMode="numeric" value={most} onChange={(e) => setMost(e.target.value)} />
              </label>
            </div>
          </>
        )}
        {kind === 'scores' && (
          <fieldset className="checkbox-list">
            <legend>Criteria to score</legend>
            {CRITERIA_KEYS.map((k) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={criteria.includes(k)}
                  onChange={(e) =>
                    setCriteria((c) => (e.target.checked ? [...c, k] : c.filter((x) => x !== k)))
                  }
                />
                {CRITERIA[k].label}
              </label>
            ))}
          </fieldset>
        )}
        <CandidateChecklist
          legend="Candidates on the ballot"
          className="dependencies"
          candidates={doc.candidates}
          selected={candidateIds}
          onChange={setCandidateIds}
          strayLabel={() => 'A candidate no longer in this workshop'}
        />
        {error !== null && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <FormActions submitLabel="Start the round" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
