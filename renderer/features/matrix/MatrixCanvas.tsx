import { useDroppable } from '@dnd-kit/core';
import { useLayoutEffect } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import type { Point } from '../../../shared/domain/matrix-geometry.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import type { CardActions } from './CardPopover.tsx';
import type { Size } from './cardLayout.ts';
import type { MatrixCardView } from './cardView.ts';
import { DotCanvas } from './DotCanvas.tsx';
import { MatrixCard } from './MatrixCard.tsx';
import { useMatrixUi } from './matrixUi.ts';
import { MismatchLines } from './MismatchLines.tsx';
import { Quadrants } from './Quadrants.tsx';
import { MATRIX_ID } from './dndMath.ts';

const TICKS = [0, 25, 50, 75, 100];

interface MatrixCanvasProps {
  /** The cards with a ghost line (the dense view draws none). */
  views: readonly MatrixCardView[];
  isDense: boolean;
  /** How far each card is drawn from its spot (the dense view's canvas draws the dots there). */
  offsets: ReadonlyMap<string, Point>;
  /** The plot's size as last measured; null until it is. */
  plotSize: Size | null;
  /** Told the plot's size now and whenever it changes (the nudges are in pixels). */
  onResize: (size: Size) => void;
  /** Given the list the cards are drawn into (PlotCards, from outside the DndContext). */
  cardsHost: (list: HTMLUListElement | null) => void;
  thresholds: WorkshopSettings['thresholds'];
}

interface PlotCardsProps {
  views: readonly MatrixCardView[];
  /** Too many cards to read: each is drawn as a dot with its rank (cardLayout.ts). */
  isDense: boolean;
  /** How far each card is drawn from its spot, so that cards do not cover each other. */
  offsets: ReadonlyMap<string, Point>;
  actions: CardActions;
}

function deselectOnBackground(event: PointerEvent<HTMLElement>): void {
  if (!(event.target as Element).closest('li')) useMatrixUi.getState().select(null);
}

/**
 * The plot: the drop zone, and the box drops are measured against. dnd-kit re-renders every drop
 * zone when a drag starts, finds its zone or ends, and its DndContext on every pointer move.
 */
function Plot({ children, onResize }: { children: ReactNode; onResize: (size: Size) => void }) {
  const { setNodeRef, node } = useDroppable({ id: MATRIX_ID });
  // While a card is dragged, a transparent shield over the cards takes the pointer, so that
  // crossing them neither hit-tests nor dispatches enter and leave to each (the drop zone is
  // found by geometry, not by events). A class on the cards' list would restyle every card.
  const isDragging = useMatrixUi((s) => s.draggingId !== null);
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
      {isDragging && <div className="plot-shield" aria-hidden="true" />}
    </div>
  );
}

/**
 * The matrix: value up, feasibility right, the quadrants at the workshop's thresholds, and the
 * cards that stand on it.
 */
export function MatrixCanvas(props: MatrixCanvasProps) {
  const { views, isDense, offsets, plotSize, onResize, cardsHost, thresholds } = props;
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
        <ul ref={cardsHost} className="plot-cards" aria-label="Cards on the matrix" />
        {isDense && plotSize && <DotCanvas views={views} offsets={offsets} plot={plotSize} />}
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

/**
 * The cards on the plot, drawn into its list through a portal from outside the DndContext:
 * dnd-kit re-renders its context on every pointer move of a drag, and React then walks every
 * fiber below it looking for consumers (1 ms a frame at 2,000 cards). The cards consume none.
 */
export function PlotCards({ views, isDense, offsets, actions }: PlotCardsProps) {
  return views.map((view) => (
    <MatrixCard
      key={view.id}
      view={view}
      isDot={isDense}
      actions={actions}
      dx={offsets.get(view.id)?.x}
      dy={offsets.get(view.id)?.y}
    />
  ));
}
