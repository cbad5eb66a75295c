import { memo } from 'react';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import type { Quadrant } from '../../../shared/domain/scoring.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';

interface Area {
  quadrant: Quadrant;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The four quadrants as boxes in percent of the plot, split at the workshop's thresholds. */
function areas(thresholds: WorkshopSettings['thresholds']): Area[] {
  const f = thresholds.feasibility;
  // Screen y runs down and value runs up: the value threshold is (100 - v) % from the top.
  const v = 100 - thresholds.value;
  return [
    { quadrant: 'strategic-bets', left: 0, top: 0, width: f, height: v },
    { quadrant: 'quick-wins', left: f, top: 0, width: 100 - f, height: v },
    { quadrant: 'reconsider', left: 0, top: v, width: f, height: 100 - v },
    { quadrant: 'fill-ins', left: f, top: v, width: 100 - f, height: 100 - v },
  ];
}

/** The quadrants drawn and named on the canvas, with the threshold lines between them. */
export const Quadrants = memo(function Quadrants({
  thresholds,
}: {
  thresholds: WorkshopSettings['thresholds'];
}) {
  return (
    <div className="quadrants">
      {areas(thresholds).map((area) => (
        <div
          key={area.quadrant}
          className={`quadrant-area area-${area.quadrant}`}
          style={{
            left: `${area.left}%`,
            top: `${area.top}%`,
            width: `${area.width}%`,
            height: `${area.height}%`,
          }}
        >
          {/* A quadrant squeezed to a sliver by an extreme threshold keeps its name off. */}
          {area.width >= 12 && area.height >= 12 && (
            <span className="quadrant-name">{QUADRANT_LABELS[area.quadrant]}</span>
          )}
        </div>
      ))}
      <div
        className="threshold threshold-x"
        style={{ left: `${thresholds.feasibility}%` }}
        aria-hidden="true"
      />
      <div
        className="threshold threshold-y"
        style={{ top: `${100 - thresholds.value}%` }}
        aria-hidden="true"
      />
    </div>
  );
});
