import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { Quadrant } from '../../../shared/domain/scoring.ts';

/** The quadrant in words and colour (never colour alone); "Not placed" when unscored. */
export function QuadrantBadge({ quadrant }: { quadrant: Quadrant | null }) {
  if (quadrant === null) return <span className="quadrant quadrant-none">Not scored</span>;
  return <span className={`quadrant quadrant-${quadrant}`}>{QUADRANT_LABELS[quadrant]}</span>;
}
