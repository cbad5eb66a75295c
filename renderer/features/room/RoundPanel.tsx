import { useState } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { CRITERIA } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { Round } from '../../../shared/records/round.ts';
import { AGREEMENT_LABELS, adoptedScore, scoreSpreads } from '../../../shared/room/blind.ts';
import { ballotsOf, tally, votersOf } from '../../../shared/room/voting.ts';
import { PassTheLaptop } from './PassTheLaptop.tsx';

function formatMedian(m: number): string {
  return Number.isInteger(m) ? String(m) : m.toFixed(1);
}

/**
 * One round, as the facilitator runs it: how many have voted (never what), the laptop passed round
 * or the wall's counts typed in, then Reveal and the result — the ranked tally, or the scores'
 * spread with the contested first and "Adopt the medians".
 */
export function RoundPanel({ doc, round }: { doc: WorkshopDocument; round: Round }) {
  const scope = doc.workshop.id;
  const [isPassing, setIsPassing] = useState(false);
  const isRevealed = round.revealedAt !== null;
  const voters = votersOf(doc, round);

  return (
    <section className="round-panel" aria-labelledby={`round-${round.id}`}>
      <h3 id={`round-${round.id}`}>
        {round.name}{' '}
        <span className="hint">
          {round.kind === 'dots'
            ? `${round.mode === 'secret' ? 'Secret ballot' : 'Tally'} · ${round.dotsPerParticipant} dots each, at most ${round.maxPerCandidate} per candidate`
            : `Blind scoring · ${round.criteria.map((k) => CRITERIA[k].label).join(', ')}`}
        </span>
      </h3>
      {!isRevealed && (round.mode === 'secret' || round.kind === 'scores') && (
        <>
          <p className="round-status" role="status">
            {voters.length} of {doc.participants.length} have voted
          </p>
          {doc.participants.length === 0 ? (
            <p className="hint">Add the participants above first: each votes on this laptop.</p>
          ) : (
            <button type="button" className="primary" onClick={() => setIsPassing(true)}>
              Pass the laptop
            </button>
          )}
        </>
      )}
      {!isRevealed && round.kind === 'dots' && round.mode === 'tally' && (
        <TallyEntry doc={doc} round={round} />
      )}
      <div className="toolbar">
        {!isRevealed && (
          <button type="button" onClick={() => void runEdit(EDITS.revealRound, { round }, scope)}>
            Reveal
          </button>
        )}
        <button
          type="button"
          onClick={() => void runEdit(EDITS.deleteRound, { doc, round }, scope)}
        >
          Delete round
        </button>
      </div>
      {isRevealed && round.kind === 'dots' && <TallyList doc={doc} round={round} />}
      {isRevealed && round.kind === 'scores' && <SpreadList doc={doc} round={round} />}
      {isPassing && <PassTheLaptop doc={doc} round={round} onClose={() => setIsPassing(false)} />}
    </section>
  );
}

function TallyEntry({ doc, round }: { doc: WorkshopDocument; round: Round }) {
  const room = ballotsOf(doc, round).find((b) => b.participantId === null);
  const [counts, setCounts] = useState<Record<string, string>>(() =>
    Object.fromEntries((room?.dots ?? []).map((d) => [d.candidateId, String(d.count)])),
  );
  const candidates = doc.candidates.filter((c) => round.candidateIds.includes(c.id));
  const bad = Object.values(counts).some((t) => t.trim() !== '' && !/^\d{1,5}$/.test(t.trim()));
  async function save() {
    if (bad) return;
    const dots = Object.entries(counts)
      .map(([candidateId, t]) => ({ candidateId, count: Number(t.trim() || 0) }))
      .filter((d) => d.count > 0);
    await runEdit(EDITS.castBallot, { doc, round, voter: null, votes: { dots } }, doc.workshop.id);
  }
  return (
    <div className="tally-entry">
      <p className="hint">Type the dots each candidate got on the wall.</p>
      <ul aria-label="Dots from the wall">
        {candidates.map((c) => (
          <li key={c.id}>
            <label>
              {c.title}
              <input
                inputMode="numeric"
                value={counts[c.id] ?? ''}
                onChange={(e) => setCounts((x) => ({ ...x, [c.id]: e.target.value }))}
              />
            </label>
          </li>
        ))}
      </ul>
      {bad && (
        <p className="field-error" role="alert">
          Enter each count as a whole number of dots.
        </p>
      )}
      <button type="button" onClick={() => void save()}>
        Save the counts
      </button>
    </div>
  );
}

function TallyList({ doc, round }: { doc: WorkshopDocument; round: Round }) {
  const rows = tally(doc, round);
  return (
    <ol className="tally" aria-label={`Result of ${round.name}`}>
      {rows.map((r) => (
        <li key={r.candidate.id}>
          <span className="tally-rank">{r.rank}.</span>{' '}
          <span className="tally-title">{r.candidate.title}</span>{' '}
          <strong>
            {r.dots} {r.dots === 1 ? 'dot' : 'dots'}
          </strong>
        </li>
      ))}
    </ol>
  );
}

function SpreadList({ doc, round }: { doc: WorkshopDocument; round: Round }) {
  const spreads = scoreSpreads(doc, round);
  if (spreads.length === 0) return <p className="empty">Nobody scored in this round.</p>;
  return (
    <>
      <table className="spreads" aria-label={`Scores of ${round.name}, the contested first`}>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Criterion</th>
            <th scope="col">Min</th>
            <th scope="col">Median</th>
            <th scope="col">Max</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {spreads.map((s) => (
            <tr key={`${s.candidate.id}/${s.criterion}`} className={`agreement-${s.agreement}`}>
              <th scope="row">{s.candidate.title}</th>
              <td>{CRITERIA[s.criterion].label}</td>
              <td>{s.min}</td>
              <td>
                {formatMedian(s.median)}
                {!Number.isInteger(s.median) && (
                  <span className="hint"> (adopts {adoptedScore(s.median)})</span>
                )}
              </td>
              <td>{s.max}</td>
              <td>{AGREEMENT_LABELS[s.agreement]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="primary"
        onClick={() => void runEdit(EDITS.adoptMedians, { doc, round }, doc.workshop.id)}
      >
        Adopt the medians
      </button>
    </>
  );
}
