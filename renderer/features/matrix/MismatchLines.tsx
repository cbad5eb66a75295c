import { memo } from 'react';
import type { MatrixCardView } from './cardView.ts';

interface LineProps {
  /** Scored spot and placement, in matrix units. */
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
  isDimmed: boolean;
}

/** One line with its ghost dot; memoised so that a drop redraws only the moved card's line. */
const MismatchLine = memo(function MismatchLine({ fromX, fromY, toX, toY, isDimmed }: LineProps) {
  return (
    <g className={isDimmed ? 'is-dimmed' : undefined}>
      <line x1={`${fromX}%`} y1={`${100 - fromY}%`} x2={`${toX}%`} y2={`${100 - toY}%`} />
      <circle cx={`${fromX}%`} cy={`${100 - fromY}%`} r="10" />
    </g>
  );
});

/**
 * For every card placed far from its scores: a dashed line from its scored spot (a hollow "ghost"
 * dot) to the card. Percent coordinates keep it in step with the cards at any size. Decorative:
 * each card says "placement differs from scores" in words.
 */
export const MismatchLines = memo(function MismatchLines({
  views,
}: {
  views: readonly MatrixCardView[];
}) {
  const flagged = views.filter((v) => v.ghostX !== null && v.x !== null);
  if (flagged.length === 0) return null;
  return (
    <svg className="mismatch-lines" aria-hidden="true" focusable="false">
      {flagged.map((v) => (
        <MismatchLine
          key={v.id}
          fromX={v.ghostX ?? 0}
          fromY={v.ghostY ?? 0}
          toX={v.x ?? 0}
          toY={v.y ?? 0}
          isDimmed={v.isDimmed}
        />
      ))}
    </svg>
  );
});
