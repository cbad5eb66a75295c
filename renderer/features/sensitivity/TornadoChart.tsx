import { useId } from 'react';
import { scaleLinear } from 'd3';
import { CRITERIA } from '../../../shared/domain/criteria.ts';
import { MAX_WEIGHT } from '../../../shared/records/workshop.ts';
import type { TornadoBar } from '../../../shared/sensitivity/robustness.ts';
import {
  formatWeight,
  TORNADO_TOP,
  tornadoRangeWords,
} from '../../../shared/sensitivity/robustness.ts';
import { ChartFigure } from '../../components/ChartFigure.tsx';
import { ChartTable } from '../../components/ChartTable.tsx';

const ROW = 34;
const LABEL = 230;

/**
 * Per criterion, the weights over which the same five stay in the top five, narrowest first,
 * with the current weight marked; its text alternative states every range, its table too.
 */
export function TornadoChart({ bars }: { bars: readonly TornadoBar[] | null }) {
  const title = `Weights over which the top ${TORNADO_TOP} stays the same`;
  const headingId = useId();
  if (bars === null) {
    return (
      <section className="chart" aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p className="badge-pending">Working out the ranges…</p>
      </section>
    );
  }
  if (bars.length === 0) {
    return (
      <section className="chart" aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        <p className="empty">It needs at least {TORNADO_TOP + 1} scored candidates.</p>
      </section>
    );
  }
  const summary = `${title}: ${bars
    .map(
      (b) => `${CRITERIA[b.criterion].label} ${tornadoRangeWords(b)} (now ${formatWeight(b.now)})`,
    )
    .join('; ')}.`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      table={
        <ChartTable
          caption={title}
          columns={[
            { label: 'Criterion' },
            { label: 'Weight now', isNumeric: true },
            { label: 'Lowest', isNumeric: true },
            { label: 'Highest', isNumeric: true },
          ]}
          rows={bars.map((b) => ({
            label: CRITERIA[b.criterion].label,
            cells: [
              formatWeight(b.now),
              `${b.isLowOpen ? '> ' : ''}${formatWeight(b.low)}`,
              formatWeight(b.high),
            ],
          }))}
          note={`The same ${TORNADO_TOP} candidates stay in the top ${TORNADO_TOP} (in any order) while that one weight stays in its range and every other weight stays as it is.`}
        />
      }
    >
      {(width) => {
        const x = scaleLinear()
          .domain([0, MAX_WEIGHT])
          .range([LABEL, Math.max(LABEL + 100, width - 16)]);
        const height = bars.length * ROW + 28;
        return (
          <svg width={width} height={height} aria-hidden="true" className="tornado">
            {bars.map((b, i) => {
              const y = i * ROW;
              return (
                <g key={b.criterion} transform={`translate(0, ${y})`}>
                  <text x={LABEL - 10} y={ROW / 2 + 6} textAnchor="end" className="tornado-label">
                    {CRITERIA[b.criterion].label}
                  </text>
                  <line
                    x1={x(0)}
                    x2={x(MAX_WEIGHT)}
                    y1={ROW / 2}
                    y2={ROW / 2}
                    className="tornado-track"
                  />
                  <rect
                    x={x(b.low)}
                    width={Math.max(2, x(b.high) - x(b.low))}
                    y={6}
                    height={ROW - 12}
                    className="tornado-bar"
                  />
                  <line x1={x(b.now)} x2={x(b.now)} y1={2} y2={ROW - 2} className="tornado-now" />
                </g>
              );
            })}
            {[0, 2, 4, 6, 8, 10].map((t) => (
              <text
                key={t}
                x={x(t)}
                y={bars.length * ROW + 20}
                textAnchor="middle"
                className="tornado-tick"
              >
                {t}
              </text>
            ))}
          </svg>
        );
      }}
    </ChartFigure>
  );
}
