/**
 * The dense view's dots as marks to paint on one canvas (DotCanvas.tsx): where each dot is, in
 * pixels of the plot, and how it looks. Painting thousands of dots as styled buttons cost the
 * compositor half a second of raster at 5,000; the buttons stay, transparent, for the pointer, the
 * keyboard and screen readers, and the canvas beneath them shows what they would have shown.
 */
import { placementToPercent } from '../../../shared/domain/matrix-geometry.ts';
import type { Point } from '../../../shared/domain/matrix-geometry.ts';
import type { Quadrant } from '../../../shared/domain/scoring.ts';
import type { Size } from './cardLayout.ts';
import type { MatrixCardView } from './cardView.ts';

export interface DotMark {
  /** The dot's centre, in pixels from the plot's top left corner. */
  x: number;
  y: number;
  /** Its number in the ranking, the text on it. */
  label: string;
  /** Its fill: its quadrant's colour, or pale when it does not match the filters. */
  look: Quadrant | 'dimmed';
  /** A dashed ring: its placement differs from its scores. */
  isMismatched: boolean;
}

/**
 * The marks of the dots on the plot, in the order the buttons are in (a later dot covers an
 * earlier one, as later buttons do): each at its spot, moved by its nudge (`offsets`), exactly
 * where MatrixCard draws its button.
 */
export function dotMarks(
  views: readonly MatrixCardView[],
  offsets: ReadonlyMap<string, Point>,
  plot: Size,
): DotMark[] {
  const marks: DotMark[] = [];
  for (const view of views) {
    if (view.x === null || view.y === null || view.quadrant === null) continue;
    const { left, top } = placementToPercent({ x: view.x, y: view.y });
    const nudge = offsets.get(view.id);
    marks.push({
      x: (left / 100) * plot.width + (nudge?.x ?? 0),
      y: (top / 100) * plot.height + (nudge?.y ?? 0),
      label: String(view.rank),
      look: view.isDimmed ? 'dimmed' : view.quadrant,
      isMismatched: view.ghostX !== null,
    });
  }
  return marks;
}
