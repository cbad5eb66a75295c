import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useElementWidth } from './useElementWidth.ts';
import './chart.css';

interface ChartFigureProps {
  title: string;
  headingLevel?: 2 | 3;
  /** The chart's accessible name: every number it shows, in words. */
  summary: string;
  /** Shown under the title, e.g. whether the shares are inside the band. */
  status?: ReactNode;
  /** Draws the chart at the measured width (CSS pixels). */
  children: (width: number) => ReactNode;
  /** The same numbers as a table, shown on demand. */
  table: ReactNode;
}

/**
 * A titled chart with its two text alternatives: an accessible name that states the numbers
 * (role="img") and a "Show as table" toggle for anyone who reads tables better than bars.
 */
export function ChartFigure({
  title,
  headingLevel = 3,
  summary,
  status,
  children,
  table,
}: ChartFigureProps) {
  const headingId = useId();
  const tableId = useId();
  const [isTableShown, setIsTableShown] = useState(false);
  const [canvasRef, width] = useElementWidth<HTMLDivElement>();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart" aria-labelledby={headingId}>
      <div className="chart-head">
        <Heading id={headingId}>{title}</Heading>
        <button
          type="button"
          className="table-toggle"
          aria-pressed={isTableShown}
          // Several charts share the visible words; the name says which chart it is.
          aria-label={`Show as table: ${title}`}
          aria-controls={isTableShown ? tableId : undefined}
          onClick={() => setIsTableShown((isShown) => !isShown)}
        >
          Show as table
        </button>
      </div>
      {status}
      <div ref={canvasRef} className="chart-canvas" role="img" aria-label={summary}>
        {width > 0 && children(width)}
      </div>
      {isTableShown && <div id={tableId}>{table}</div>}
    </section>
  );
}
