/**
 * Where a candidate stands, by one rule on every screen, check, sequencer and deck page
 * (PRODUCT.md, "One rule decides a candidate's quadrant"):
 * - its **quadrant** is the room's decision: where the card is placed once it is placed, where its
 *   scores put it while it is not; where the two differ, both are shown (`scoredQuadrant`);
 * - its **horizon** is the tag the room gave it ("Quick-win horizon" / "Long-term horizon"); an
 *   untagged candidate in the Quick wins quadrant counts as a quick win, any other untagged one has
 *   no horizon yet;
 * - it is a **quick win** (for momentum, the sequencer and the balance) when its horizon is quick
 *   win: a candidate tagged long-term never is, whatever its quadrant.
 */
import type { Candidate } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import type { Horizon } from './criteria.ts';
import { matrixSpot } from './matrix.ts';
import type { Quadrant } from './scoring.ts';
import { QUADRANT_LABELS, quadrantOf, scoreCandidate } from './scoring.ts';

type Placed = Pick<Candidate, 'placement' | 'valueScores' | 'feasibilityScores'>;

/** The quadrant the room's decision puts a candidate in; null while neither placed nor scored. */
export function roomQuadrant(candidate: Placed, settings: WorkshopSettings): Quadrant | null {
  const spot = matrixSpot(candidate, settings);
  return spot === null ? null : quadrantOf(spot.y, spot.x, settings);
}

export interface Standing {
  /** The room's decision (see roomQuadrant). */
  quadrant: Quadrant | null;
  /** Where the scores alone put it; null when not scored on both axes. */
  scoredQuadrant: Quadrant | null;
  /** The card is placed in another quadrant than its scores say: show both. */
  isScoredElsewhere: boolean;
}

/** A candidate's quadrant by the room's decision, and by its scores where they differ. */
export function standingOf(candidate: Placed, settings: WorkshopSettings): Standing {
  const quadrant = roomQuadrant(candidate, settings);
  const scoredQuadrant = scoreCandidate(candidate, settings).quadrant;
  return {
    quadrant,
    scoredQuadrant,
    isScoredElsewhere:
      candidate.placement !== null && scoredQuadrant !== null && scoredQuadrant !== quadrant,
  };
}

/** The horizon a candidate counts with: its tag, or quick win for an untagged Quick-wins card. */
export function horizonOf(
  candidate: Placed & Pick<Candidate, 'horizon'>,
  settings: WorkshopSettings,
): Horizon | null {
  if (candidate.horizon !== null) return candidate.horizon;
  return roomQuadrant(candidate, settings) === 'quick-wins' ? 'quick-win' : null;
}

/** Whether a candidate is a quick win for momentum, sequencing and balance. */
export function isQuickWin(
  candidate: Placed & Pick<Candidate, 'horizon'>,
  settings: WorkshopSettings,
): boolean {
  return horizonOf(candidate, settings) === 'quick-win';
}

/**
 * The quadrant in words, both where they differ: "Quick wins", or "Quick wins (scores: Fill-ins)";
 * "Not placed or scored" while it has none.
 */
export function quadrantWords(standing: Standing): string {
  if (standing.quadrant === null) return 'Not placed or scored';
  const name = QUADRANT_LABELS[standing.quadrant];
  return standing.isScoredElsewhere && standing.scoredQuadrant !== null
    ? `${name} (scores: ${QUADRANT_LABELS[standing.scoredQuadrant]})`
    : name;
}
