import { useEffect, useRef, useState } from 'react';
import { EDITS, runEdit } from '../../app/edits.ts';
import { CRITERIA } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { BallotDot, BallotScore } from '../../../shared/records/ballot.ts';
import type { Participant } from '../../../shared/records/participant.ts';
import type { Round } from '../../../shared/records/round.ts';
import { ballotProblem, dotsLeft, votersOf } from '../../../shared/room/voting.ts';

/**
 * The secret ballot on one laptop. Between voters it shows only a neutral screen — "Hand the
 * laptop to the next person", how many have voted, and the names of those still to vote — and a
 * voter's screen shows only that voter's own dots or scores. Nothing here ever shows another
 * participant's votes or a running tally; the result appears only once the facilitator reveals it.
 */
export function PassTheLaptop({
  doc,
  round,
  onClose,
}: {
  doc: WorkshopDocument;
  round: Round;
  onClose: () => void;
}) {
  const [voter, setVoter] = useState<Participant | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const voted = new Set(votersOf(doc, round).map((p) => p.id));
  const waiting = doc.participants.filter((p) => !voted.has(p.id));

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [voter]);

  return (
    <div
      ref={ref}
      className="pass-laptop"
      role="dialog"
      aria-modal="true"
      aria-labelledby="pass-heading"
    >
      {voter === null ? (
        <div className="pass-neutral">
          <h2 id="pass-heading" tabIndex={-1}>
            Hand the laptop to the next person
          </h2>
          <p className="pass-count" role="status">
            {voted.size} of {doc.participants.length} have voted
          </p>
          {waiting.length > 0 ? (
            <>
              <p>Who is voting now?</p>
              <ul className="pass-names" aria-label="Still to vote">
                {waiting.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="primary" onClick={() => setVoter(p)}>
                      I am {p.name}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Everyone has voted. Hand the laptop back to the facilitator.</p>
          )}
          <button type="button" onClick={onClose}>
            Back to the facilitator
          </button>
        </div>
      ) : (
        <VoterScreen doc={doc} round={round} voter={voter} onDone={() => setVoter(null)} />
      )}
    </div>
  );
}

function VoterScreen({
  doc,
  round,
  voter,
  onDone,
}: {
  doc: WorkshopDocument;
  round: Round;
  voter: Participant;
  onDone: () => void;
}) {
  const [dots, setDots] = useState<BallotDot[]>([]);
  const [scores, setScores] = useState<BallotScore[]>([]);
  const candidates = doc.candidates.filter((c) => round.candidateIds.includes(c.id));
  const left = dotsLeft(round, dots);
  const countOf = (id: string) => dots.find((d) => d.candidateId === id)?.count ?? 0;
  const setCount = (id: string, count: number) =>
    setDots((ds) => [
      ...ds.filter((d) => d.candidateId !== id),
      ...(count > 0 ? [{ candidateId: id, count }] : []),
    ]);
  const problem = round.kind === 'dots' ? ballotProblem(round, dots) : null;

  async function cast() {
    if (problem !== null) return;
    await runEdit(
      EDITS.castBallot,
      { doc, round, voter, votes: round.kind === 'dots' ? { dots } : { scores } },
      doc.workshop.id,
    );
    onDone();
  }

  return (
    <div className="pass-voter">
      <h2 id="pass-heading" tabIndex={-1}>
        {voter.name}’s ballot
      </h2>
      {round.kind === 'dots' ? (
        <>
          <p className="pass-left" role="status">
            You have {left} of {round.dotsPerParticipant} dots left (at most {round.maxPerCandidate}{' '}
            on one candidate).
          </p>
          <ul className="pass-candidates" aria-label="Your dots">
            {candidates.map((c) => {
              const n = countOf(c.id);
              return (
                <li key={c.id}>
                  <span className="pass-title">{c.title}</span>
                  <button
                    type="button"
                    aria-label={`Take a dot from ${c.title}`}
                    disabled={n === 0}
                    onClick={() => setCount(c.id, n - 1)}
                  >
                    −
                  </button>
                  <span className="pass-dots" aria-label={`Your dots on ${c.title}`}>
                    {'●'.repeat(n)}
                    {n === 0 ? '0' : ''}
                  </span>
                  <button
                    type="button"
                    aria-label={`Give a dot to ${c.title}`}
                    disabled={left === 0 || n >= round.maxPerCandidate}
                    onClick={() => setCount(c.id, n + 1)}
                  >
                    +
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <div className="pass-scores">
          {candidates.map((c) => (
            <fieldset key={c.id}>
              <legend>{c.title}</legend>
              {round.criteria.map((k) => {
                const current = scores.find(
                  (s) => s.candidateId === c.id && s.criterion === k,
                )?.score;
                return (
                  <div
                    key={k}
                    role="radiogroup"
                    aria-label={`${c.title}: ${CRITERIA[k].label}`}
                    className="pass-score"
                  >
                    <span>{CRITERIA[k].label}</span>
                    {[1, 2, 3, 4, 5].map((score) => (
                      <label key={score}>
                        <input
                          type="radio"
                          name={`${c.id}-${k}`}
                          checked={current === score}
                          aria-label={`${c.title}, ${CRITERIA[k].label}: ${score}`}
                          onChange={() =>
                            setScores((ss) => [
                              ...ss.filter((s) => !(s.candidateId === c.id && s.criterion === k)),
                              { candidateId: c.id, criterion: k, score },
                            ])
                          }
                        />
                        {score}
                      </label>
                    ))}
                  </div>
                );
              })}
            </fieldset>
          ))}
        </div>
      )}
      {problem !== null && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          Cancel, I am not {voter.name}
        </button>
        <button type="button" className="primary" onClick={() => void cast()}>
          {round.kind === 'dots' ? 'Cast my vote' : 'Cast my scores'}
        </button>
      </div>
    </div>
  );
}
