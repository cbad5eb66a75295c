import { useMemo } from 'react';
import { STAGE_LABELS } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import { PILOT_CRITERIA, PILOT_CRITERION_INFO } from '../../../shared/records/pilot.ts';
import type { PilotStanding } from '../../../shared/scale/blueprint.ts';
import {
  chooseBlueprint,
  criterionScoreText,
  MERIT_SCORE,
  PILOT_MAX_TOTAL,
} from '../../../shared/scale/blueprint.ts';

const STANDING_WORDS: Readonly<Record<PilotStanding, string>> = {
  recommended: 'Recommended blueprint',
  ready: 'Ready to scale',
  short: 'Falls short',
  unscored: 'Not fully scored',
};

/**
 * The blueprint's evidence notes, written in its form: the room sees what the choice rests on.
 * Criteria without a note are left out; nothing is shown when none has one.
 */
function Evidence({ candidate }: { candidate: Candidate }) {
  const noted = PILOT_CRITERIA.filter((k) => candidate.pilot[k].evidence.trim() !== '');
  if (noted.length === 0) return null;
  return (
    <ul className="pilot-evidence" aria-label={`Evidence for “${candidate.title}”`}>
      {noted.map((k) => (
        <li key={k}>
          <strong>{PILOT_CRITERION_INFO[k].label}:</strong> {candidate.pilot[k].evidence.trim()}
        </li>
      ))}
    </ul>
  );
}

/**
 * The scaling blueprint (the seed's "Avoiding Pilot Purgatory"): the recommended pilot and why, in
 * one sentence, with its evidence, and every pilot with its checklist scores and, where it falls
 * short, why.
 */
export function BlueprintSection({
  doc,
  onScore,
}: {
  doc: WorkshopDocument;
  onScore: (candidate: Candidate) => void;
}) {
  const blueprint = useMemo(() => chooseBlueprint(doc), [doc]);
  return (
    <section aria-labelledby="blueprint-heading" className="scale-section blueprint">
      <h2 id="blueprint-heading">Scaling blueprint</h2>
      <p className="section-help">
        Which pilot success should become the pattern you scale? Pilots whose stage is “Pilot
        succeeded” or “Scaling” are scored 1–5 on the pilot-scaling checklist: a genuine business
        problem, clear ROI, user acceptance and repeatable patterns. A criterion below {MERIT_SCORE}{' '}
        means the pilot falls short. The blueprint is the ready pilot with the highest total; ties
        go to the higher lowest score, then the higher priority, then the title.
      </p>
      {blueprint.pilots.length === 0 ? (
        <p className="empty">
          No candidate is a pilot that succeeded or is scaling yet. Set a candidate&apos;s stage on
          the Candidates screen, then score its pilot here.
        </p>
      ) : (
        <>
          <p className="blueprint-why" aria-live="polite">
            {blueprint.why}
          </p>
          <ul className="pilots" aria-label="Pilots">
            {blueprint.pilots.map((p) => (
              <li key={p.candidate.id} className={`pilot pilot-${p.standing}`}>
                <div className="pilot-head">
                  <h3>{p.candidate.title}</h3>
                  <span className="pilot-standing">{STANDING_WORDS[p.standing]}</span>
                  <span className="pilot-total">
                    {p.total === null ? 'not scored' : `${p.total} of ${PILOT_MAX_TOTAL}`}
                  </span>
                </div>
                <p className="pilot-stage">{STAGE_LABELS[p.candidate.stage]}</p>
                <p className="pilot-scores">
                  {PILOT_CRITERIA.map((k) => criterionScoreText(p.candidate, k)).join(' · ')}
                </p>
                {p.standing === 'recommended' && <Evidence candidate={p.candidate} />}
                {p.reasons.length > 0 && (
                  <p className="pilot-reasons">
                    {p.standing === 'short' ? 'Falls short: ' : 'To weigh it: '}
                    {p.reasons.join('; ')}.
                  </p>
                )}
                <button type="button" onClick={() => onScore(p.candidate)}>
                  Score “{p.candidate.title}”
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
