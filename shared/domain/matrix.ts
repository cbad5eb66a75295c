import type { Candidate, Placement } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import { scoreCandidate } from './scoring.ts';

/** A placement this far (in points, on either axis) from the scored spot is worth discussing. */
export const MISMATCH_POINTS = 15;

/** Where the scores put a candidate (x = F, y = V); null unless both axes are scored. */
export function scoredSpot(
  candidate: Pick<Candidate, 'valueScores' | 'feasibilityScores'>,
  settings: WorkshopSettings,
): Placement | null {
  const { value, feasibility } = scoreCandidate(candidate, settings);
  return value === null || feasibility === null ? null : { x: feasibility, y: value };
}

/**
 * Where a card stands on the matrix: the room's placement when there is one, else its scored
 * spot; null means it waits in the tray (neither placed nor scored on both axes).
 */
export function matrixSpot(
  candidate: Pick<Candidate, 'placement' | 'valueScores' | 'feasibilityScores'>,
  settings: WorkshopSettings,
): Placement | null {
  return candidate.placement ?? scoredSpot(candidate, settings);
}

/**
 * The scored spot when it differs from the placement by more than MISMATCH_POINTS on either axis
 * and the room has not kept this placement for these scores; otherwise null. This gap is the
 * discussion prompt of the workshop: "placement differs from scores".
 */
export function placementMismatch(
  candidate: Candidate,
  settings: WorkshopSettings,
): Placement | null {
  const placement = candidate.placement;
  const scored = scoredSpot(candidate, settings);
  if (placement === null || scored === null) return null;
  const gap = Math.max(Math.abs(placement.x - scored.x), Math.abs(placement.y - scored.y));
  if (gap <= MISMATCH_POINTS) return null;
  const kept = candidate.keptPlacement;
  const isKept =
    kept !== null &&
    kept.placement.x === placement.x &&
    kept.placement.y === placement.y &&
    kept.value === scored.y &&
    kept.feasibility === scored.x;
  return isKept ? null : scored;
}
