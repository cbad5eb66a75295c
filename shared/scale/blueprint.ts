/**
 * The scaling blueprint (the seed's "Avoiding Pilot Purgatory"): which pilot success should become
 * the pattern the organisation scales? The one rule for it, which the Scale screen and the deck
 * both call.
 *
 * A pilot is a candidate whose pilot succeeded or that is scaling. Each is scored 1-5 on the seed's
 * four criteria (records/pilot.ts). A pilot is:
 * - **unscored** while any criterion has no score: it cannot be weighed yet;
 * - **short** when any criterion scores below MERIT_SCORE (3): "Not every successful pilot merits
 *   enterprise-wide deployment", and it says which ("ROI not shown yet");
 * - otherwise **ready**; the ready pilot with the highest total is the **recommended** blueprint.
 *
 * Ties on the total are broken, in order, by the higher lowest score (a pilot strong on every
 * criterion over one that is uneven), then the higher priority on the matrix, then the title, then
 * the id: every laptop recommends the same pilot for the same workshop.
 */
import { STAGE_LABELS } from '../domain/criteria.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import { formatScore, scoreCandidate } from '../domain/scoring.ts';
import type { Candidate } from '../records/candidate.ts';
import { PILOT_CRITERIA, PILOT_CRITERION_INFO } from '../records/pilot.ts';
import type { PilotCriterion } from '../records/pilot.ts';
import { compareText, quoted } from '../roadmap/common.ts';

/** A criterion scored below this is a shortfall. */
export const MERIT_SCORE = 3;
export const PILOT_MAX_TOTAL = PILOT_CRITERIA.length * 5;

export type PilotStanding = 'recommended' | 'ready' | 'short' | 'unscored';

export interface PilotAssessment {
  candidate: Candidate;
  standing: PilotStanding;
  /** The sum of the four scores; null while any is missing. */
  total: number | null;
  /** The lowest of the four scores; null while any is missing. */
  lowest: number | null;
  /** The matrix priority (0-100), the third tie-break; null while unscored. */
  priority: number | null;
  /** Why it falls short or cannot be weighed yet, in words: ["ROI not shown yet"]. Empty when ready. */
  reasons: string[];
}

export interface Blueprint {
  /** Every pilot, best first: recommended, then ready, short and unscored ones, each by the ranking. */
  pilots: PilotAssessment[];
  recommended: PilotAssessment | null;
  /** One sentence: why this pilot, or why no pilot can be recommended yet. Null when there is no pilot. */
  why: string | null;
}

/** Whether a candidate's pilot is one the blueprint weighs (its pilot succeeded, or it is scaling). */
export function isPilot(candidate: Pick<Candidate, 'stage'>): boolean {
  return candidate.stage === 'pilot-succeeded' || candidate.stage === 'scaling';
}

function assess(candidate: Candidate, doc: WorkshopDocument): PilotAssessment {
  const scores = PILOT_CRITERIA.map((k) => candidate.pilot[k].score);
  const unscored = PILOT_CRITERIA.filter((k) => candidate.pilot[k].score === null);
  const priority = scoreCandidate(candidate, doc.workshop.settings).priority;
  if (unscored.length > 0) {
    return {
      candidate,
      standing: 'unscored',
      total: null,
      lowest: null,
      priority,
      reasons: unscored.map((k) => PILOT_CRITERION_INFO[k].unscored),
    };
  }
  const known = scores as number[];
  const short = PILOT_CRITERIA.filter((k) => (candidate.pilot[k].score ?? 0) < MERIT_SCORE);
  return {
    candidate,
    standing: short.length > 0 ? 'short' : 'ready',
    total: known.reduce((sum, s) => sum + s, 0),
    lowest: Math.min(...known),
    priority,
    reasons: short.map((k) => PILOT_CRITERION_INFO[k].shortfall),
  };
}

const STANDING_ORDER: readonly PilotStanding[] = ['recommended', 'ready', 'short', 'unscored'];

/** Higher first, with null last. */
function byHigher(a: number | null, b: number | null): number {
  return (b ?? -Infinity) - (a ?? -Infinity) || 0;
}

/** The ranking of PilotAssessments: total, lowest score, priority, title, id. */
export function comparePilots(a: PilotAssessment, b: PilotAssessment): number {
  return (
    byHigher(a.total, b.total) ||
    byHigher(a.lowest, b.lowest) ||
    byHigher(a.priority, b.priority) ||
    compareText(a.candidate.title, b.candidate.title) ||
    compareText(a.candidate.id, b.candidate.id)
  );
}

/** The recommended scaling blueprint of a workshop, with every pilot assessed. */
export function chooseBlueprint(doc: WorkshopDocument): Blueprint {
  const assessed = doc.candidates.filter(isPilot).map((c) => assess(c, doc));
  const ready = assessed.filter((p) => p.standing === 'ready').sort(comparePilots);
  const first = ready[0];
  const recommended = first === undefined ? null : { ...first, standing: 'recommended' as const };
  const pilots = assessed
    .map((p) =>
      recommended !== null && p.candidate.id === recommended.candidate.id ? recommended : p,
    )
    .sort(
      (a, b) =>
        STANDING_ORDER.indexOf(a.standing) - STANDING_ORDER.indexOf(b.standing) ||
        comparePilots(a, b),
    );
  return { pilots, recommended, why: explain(recommended, ready[1], assessed) };
}

function outOf(total: number | null): string {
  return `${total ?? 0} of ${PILOT_MAX_TOTAL}`;
}

function explain(
  best: PilotAssessment | null,
  runnerUp: PilotAssessment | undefined,
  pilots: readonly PilotAssessment[],
): string | null {
  if (pilots.length === 0) return null;
  if (best === null) {
    const anyScored = pilots.some((p) => p.standing === 'short');
    return anyScored
      ? `No pilot is ready to be the blueprint yet: each scores below ${MERIT_SCORE} on at least one criterion of the pilot-scaling checklist, or is not fully scored.`
      : 'No pilot is ready to be the blueprint yet: score each pilot on the four criteria of the pilot-scaling checklist.';
  }
  const name = quoted(best.candidate.title);
  const stage = STAGE_LABELS[best.candidate.stage].toLowerCase();
  const score = `${outOf(best.total)} on the pilot-scaling checklist, no criterion below ${best.lowest ?? 0}`;
  if (runnerUp === undefined) {
    return `${name} (${stage}) is the strongest pilot, with ${score}, and the only one ready to scale.`;
  }
  const other = quoted(runnerUp.candidate.title);
  if (runnerUp.total !== best.total) {
    return `${name} (${stage}) is the strongest pilot, with ${score}, ahead of ${other} (${outOf(runnerUp.total)}).`;
  }
  const tieBreak =
    runnerUp.lowest !== best.lowest
      ? `its lowest score is higher (${best.lowest ?? 0} against ${runnerUp.lowest ?? 0})`
      : runnerUp.priority !== best.priority
        ? `its priority on the matrix is higher (${formatScore(best.priority)} against ${formatScore(runnerUp.priority)})`
        : 'it comes first by title';
  return `${name} (${stage}) ties with ${other} on ${outOf(best.total)} on the pilot-scaling checklist and is the blueprint because ${tieBreak}.`;
}

/** The words of a criterion's score for a list: "Clear ROI 4/5", or "Clear ROI not scored". */
export function criterionScoreText(candidate: Candidate, criterion: PilotCriterion): string {
  const score = candidate.pilot[criterion].score;
  const label = PILOT_CRITERION_INFO[criterion].label;
  return score === null ? `${label} not scored` : `${label} ${score}/5`;
}
