import { scaleLinear } from 'd3';
import type { DepartmentShare } from '../../../shared/roadmap/balance.ts';
import { approxTextWidth, clip, formatPercent, plural, points } from './balanceView.ts';
import { ChartFigure } from '../../components/ChartFigure.tsx';
import { ChartTable } from '../../components/ChartTable.tsx';

const FONT = 16;
const ROW = 32;
const BAR = 20;
const TOP = 30;
const GAP = 28;
const VALUE_ROOM = 44;
const TITLE = 'Spread over departments';

const COLUMNS = [
  { label: 'Department' },
  { label: 'Candidates', isNumeric: true },
  { label: 'Effort points', isNumeric: true },
  { label: 'Share of effort', isNumeric: true },
];

function summaryOf(spread: readonly DepartmentShare[], viewLabel: string): string {
  const parts = spread.map(
    (d) => `${d.label}: ${plural(d.count, 'candidate', 'candidates')}, ${points(d.effort)}`,
  );
  return `${TITLE}, ${viewLabel}, largest effort first. ${parts.join('; ')}.`;
}

interface DepartmentChartProps {
  spread: readonly DepartmentShare[];
  viewLabel: string;
}

/**
 * Which departments bring the candidates, and the effort: two bar charts side by side sharing the
 * department labels, so a department with few but large projects stands out.
 */
export function DepartmentChart({ spread, viewLabel }: DepartmentChartProps) {
  if (spread.length === 0) {
    return (
      <section className="chart" aria-labelledby="departments-heading">
        <h2 id="departments-heading">{TITLE}</h2>
        <p className="empty">No candidates here yet.</p>
      </section>
    );
  }
  const totalEffort = spread.reduce((sum, d) => sum + d.effort, 0);
  return (
    <ChartFigure
      title={TITLE}
      headingLevel={2}
      summary={summaryOf(spread, viewLabel)}
      table={
        <ChartTable
          caption={`${TITLE}, ${viewLabel}`}
          columns={COLUMNS}
          rows={spread.map((d) => ({
            label: d.label,
            cells: [
              `${d.count}`,
              `${d.effort}`,
              totalEffort === 0 ? '–' : formatPercent((100 * d.effort) / totalEffort),
            ],
          }))}
        />
      }
    >
      {(width) => {
        const longest = Math.max(...spread.map((d) => approxTextWidth(d.label, FONT)));
        const labelWidth = Math.min(Math.max(110, longest + 14), Math.max(110, width * 0.3));
        const maxChars = Math.floor((labelWidth - 14) / (FONT * 0.56));
        const panel = Math.max(80, (width - labelWidth - GAP) / 2);
        const countX = labelWidth;
        const effortX = labelWidth + panel + GAP;
        const countScale = scaleLinear()
          .domain([0, Math.max(1, ...spread.map((d) => d.count))])
          .range([0, panel - VALUE_ROOM]);
        const effortScale = scaleLinear()
          .domain([0, Math.max(1, ...spread.map((d) => d.effort))])
          .range([0, panel - VALUE_ROOM]);
        const height = TOP + spread.length * ROW;
        return (
          <svg width={width} height={height} aria-hidden="true" className="department-svg">
            <text x={countX} y={FONT} className="column-title">
              Candidates
            </text>
            <text x={effortX} y={FONT} className="column-title">
              Effort points
            </text>
            {spread.map((d, i) => {
              const y = TOP + i * ROW;
              const textY = y + BAR / 2 + FONT / 3;
              return (
                <g key={d.department}>
                  <text
                    x={labelWidth - 12}
                    y={textY}
                    textAnchor="end"
                    className={
                      d.department === '' ? 'department-label is-none' : 'department-label'
                    }
                  >
                    {clip(d.label, maxChars)}
                  </text>
                  <rect
                    x={countX}
                    y={y}
                    width={countScale(d.count)}
                    height={BAR}
                    className="bar-count"
                  />
                  <text x={countX + countScale(d.count) + 6} y={textY} className="bar-value">
                    {d.count}
                  </text>
                  <rect
                    x={effortX}
                    y={y}
                    width={effortScale(d.effort)}
                    height={BAR}
                    className="bar-effort"
                  />
                  <text x={effortX + effortScale(d.effort) + 6} y={textY} className="bar-value">
                    {d.effort}
                  </text>
                </g>
              );
            })}
          </svg>
        );
      }}
    </ChartFigure>
  );
}
