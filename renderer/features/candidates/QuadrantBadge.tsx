import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { Quadrant } from '../../../shared/domain/scoring.ts';

interface QuadrantBadgeProps {
  /** The quadrant as the room decided it (shared/domain/standing.ts). */
  quadrant: Quadrant | null;
  /** Where its scores put it, when the card was placed elsewhere. */
  scoredElsewhere?: Quadrant | null;
}

/**
 * The quadrant in words and colour (never colour alone), with the scored quadrant beneath it
 * where the room placed the card elsewhere; "Not placed or scored" while it has none.
 */
export function QuadrantBadge({ quadrant, scoredElsewhere = null }: QuadrantBadgeProps) {
  if (quadrant === null)
    return <span className="quadrant quadrant-none">Not placed or scored</span>;
  return (
    <>
      <span className={`quadrant quadrant-${quadrant}`}>{QUADRANT_LABELS[quadrant]}</span>
      {scoredElsewhere !== null && (
        <span className="quadrant-scored">scores: {QUADRANT_LABELS[scoredElsewhere]}</span>
      )}
    </>
  );
}
