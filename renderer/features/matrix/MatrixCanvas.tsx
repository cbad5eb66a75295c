import { useDroppable } from '@dnd-kit/core';
import { useLayoutEffect } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import type { Point } from '../../../shared/domain/matrix-geometry.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import type { CardActions } from './CardPopover.tsx';
import type { Size } from './cardLayout.ts';
import type { MatrixCardView } from './cardView.ts';
import { MatrixCard } from './MatrixCard.tsx';
import { useMatrixUi } from './matrixUi.ts';
import { MismatchLines } from './MismatchLines.tsx';
import { Quadrants } from './Quadrants.tsx';
import { MATRIX_ID } from './useMatrixDnd.ts';

const TICKS = [0, 25, 50, 75, 100];

interface MatrixCanvasProps {
  views: readonly MatrixCardView[];
  /** Too many cards to read: each is drawn as a dot with its rank (cardLayout.ts). */
  isDense: boolean;
  /** How far each card is drawn from its spot, so that cards do not cover each other. */
  offsets: ReadonlyMap<string, Point>;
  /** Told the plot's size now and whenever it changes (the nudges are in pixels). */
  onResize: (size: Size) => void;
  thresholds: WorkshopSettings['thresholds'];
  actions: CardActions;
}

function deselectOnBackground(event: PointerEvent<HTMLElement>): void {
  if (!(event.target as Element).closest('li')) useMatrixUi.getState().select(null);
}

/**
 * The plot: the drop zone, and the box drops are measured against. dnd-kit re-renders every drop
 * zone when a drag starts, finds its zone or ends; the cards come in as `children`, made by the
 * parent, which does not re-render then, so React skips all 500 of them.
 */
function Plot({ children, onResize }: { children: ReactNode; onResize: (size: Size) => void }) {
  const { setNodeRef, node } = useDroppable({ id: MATRIX_ID });
  useLayoutEffect(() => {
    const plot = node.current;
    if (!plot) return;
    const measure = () => onResize({ width: plot.clientWidth, height: plot.clientHeight });
    // Measured before the first paint, so that cards never show un-nudged for a frame.
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(plot);
    return () => observer.disconnect();
  }, [node, onResize]);
  return (
    <div
      ref={setNodeRef}
      className="plot"
      role="region"
      aria-label="Matrix"
      aria-describedby="matrix-axes"
      onPointerDown={deselectOnBackground}
    >
      {children}
    </div>
  );
}

/**
 * The matrix: value up, feasibility right, the quadrants at the workshop's thresholds, and the
 * cards that stand on it.
 */
export function MatrixCanvas(props: MatrixCanvasProps) {
  const { views, isDense, offsets, onResize, thresholds, actions } = props;
  return (
    <div className="matrix-figure">
      <div className="axis-y" aria-hidden="true">
        <span className="axis-title">Value ↑</span>
        {TICKS.map((t) => (
          <span key={t} className="tick" style={{ top: `${100 - t}%` }}>
            {t}
          </span>
        ))}
      </div>
      <Plot onResize={onResize}>
        <p id="matrix-axes" className="visually-hidden">
          Feasibility from 0 on the left to 100 on the right; value from 0 at the bottom to 100 at
          the top. Quadrant lines at feasibility {thresholds.feasibility} and value{' '}
          {thresholds.value}.
        </p>
        <Quadrants thresholds={thresholds} />
        {/* Hundreds of dashed lines are a scribble: in the dense view a dashed ring says it. */}
        {!isDense && <MismatchLines views={views} />}
        <ul className="plot-cards" aria-label="Cards on the matrix">
          {views.map((view) => (
            <MatrixCard
              key={view.id}
              view={view}
              isDot={isDense}
              actions={actions}
              dx={offsets.get(view.id)?.x}
              dy={offsets.get(view.id)?.y}
            />
          ))}
        </ul>
      </Plot>
      <div className="axis-x" aria-hidden="true">
        {TICKS.map((t) => (
          <span key={t} className="tick" style={{ left: `${t}%` }}>
            {t}
          </span>
        ))}
        <span className="axis-title">Feasibility →</span>
      </div>
    </div>
  );
}
