import { scaleLinear } from 'd3';
import type { DimensionBalance } from '../../../shared/roadmap/balance.ts';
import { BalanceTable } from './BalanceTable.tsx';
import { BandAxis } from './BandAxis.tsx';
import type { Band, MeasureView } from './balanceView.ts';
import {
  approxTextWidth,
  DIMENSION_TITLES,
  dimensionSummary,
  formatBand,
  formatPercent,
  measuresOf,
  sideLabel,
} from './balanceView.ts';
import { ChartFigure } from '../../components/ChartFigure.tsx';
import { HatchPattern } from './HatchPattern.tsx';

const FONT = 16;
const LINE = 22;
const BAR = 30;
const ROW_LABEL = 104;
const SWATCH = 12;

interface BalanceChartProps {
  dimension: DimensionBalance;
  band: Band;
  /** The group the numbers are of, e.g. "All candidates". */
  viewLabel: string;
}

function valueText(m: MeasureView, value: number): string {
  return m.measure === 'count' ? `(${value})` : `(${value} pts)`;
}

function unsetText(measure: MeasureView['measure'], value: number): string {
  return measure === 'count' ? `${value} not set` : `${value} pts not set`;
}

function BandStatus({ dimension, band }: { dimension: DimensionBalance; band: Band }) {
  const bandText = `healthy band ${formatBand(band)}`;
  if (dimension.shareByCount === null) {
    return <p className="chart-status">No candidate tagged yet: nothing to weigh.</p>;
  }
  if (!dimension.isOutOfBand) {
    return (
      <p className="chart-status">
        <span aria-hidden="true">✓ </span>Inside the {bandText}
      </p>
    );
  }
  const measures = [
    dimension.isOutOfBandByCount ? 'by count' : null,
    dimension.isOutOfBandByEffort ? 'by effort' : null,
  ].filter(Boolean);
  return (
    <p className="chart-status is-warning">
      <span aria-hidden="true">⚠ </span>Outside the {bandText} {measures.join(' and ')}
    </p>
  );
}

interface RowLayout {
  m: MeasureView;
  labelY: number;
  /** Where side b's label goes when the two do not fit on one line. */
  secondLabelY: number | null;
  barY: number;
}

/**
 * One balance dimension as two horizontal 100% bars (by count, by effort) of the tagged
 * candidates, the workshop's healthy band drawn over them as a dashed zone: a split point inside
 * the zone is healthy. Untagged candidates are counted beside the bar, hatched and labelled.
 */
export function BalanceChart({ dimension, band, viewLabel }: BalanceChartProps) {
  const title = DIMENSION_TITLES[dimension.dimension];
  const measures = measuresOf(dimension);
  const hasUnset = dimension.unset.count > 0;
  return (
    <ChartFigure
      title={title}
      summary={dimensionSummary(dimension, band, viewLabel)}
      status={<BandStatus dimension={dimension} band={band} />}
      table={<BalanceTable dimension={dimension} band={band} viewLabel={viewLabel} />}
    >
      {(width) => {
        // Room right of the bar for the hatched "Not set" swatch and its words.
        const gutter = hasUnset
          ? 40 + approxTextWidth(unsetText('effort', dimension.unset.effort), FONT)
          : 12;
        const barX0 = ROW_LABEL;
        const barX1 = Math.max(barX0 + 120, width - gutter);
        const x = scaleLinear().domain([0, 100]).range([barX0, barX1]).clamp(true);
        const rows: RowLayout[] = [];
        let y = 0;
        for (const m of measures) {
          const left =
            m.share === null ? '' : `${sideLabel(dimension.a.key)} ${formatPercent(m.share)}`;
          const right =
            m.share === null ? '' : `${sideLabel(dimension.b.key)} ${formatPercent(100 - m.share)}`;
          const needed =
            approxTextWidth(`${left} ${valueText(m, m.a)}`, FONT) +
            approxTextWidth(`${right} ${valueText(m, m.b)}`, FONT) +
            2 * SWATCH +
            28;
          const isTwoLines = m.share !== null && needed > barX1 - barX0;
          const labelY = y + FONT;
          const secondLabelY = isTwoLines ? labelY + LINE : null;
          const barY = (secondLabelY ?? labelY) + 10;
          rows.push({ m, labelY, secondLabelY, barY });
          y = barY + BAR + 16;
        }
        const axisY = y - 8;
        const height = axisY + 30;
        const patternId = `hatch-${dimension.dimension}`;
        const bandX0 = x(band.min);
        const bandX1 = x(band.max);
        return (
          <svg width={width} height={height} aria-hidden="true" className="balance-svg">
            <HatchPattern id={patternId} />
            {rows.map(({ m, labelY, secondLabelY, barY }) => (
              <g key={m.measure}>
                <text
                  x={0}
                  y={barY + BAR / 2 + FONT / 3}
                  className={m.isOutOfBand ? 'row-label is-warning' : 'row-label'}
                >
                  {m.isOutOfBand ? '⚠ ' : ''}By {m.measure}
                </text>
                {m.share === null ? (
                  <>
                    <rect
                      x={barX0}
                      y={barY}
                      width={barX1 - barX0}
                      height={BAR}
                      className="bar-unset"
                      fill={`url(#${patternId})`}
                    />
                    <text
                      x={(barX0 + barX1) / 2}
                      y={barY + BAR / 2 + FONT / 3}
                      textAnchor="middle"
                      className="bar-note"
                    >
                      Not set for any candidate
                    </text>
                  </>
                ) : (
                  <>
                    <rect
                      x={barX0}
                      y={labelY - SWATCH + 1}
                      width={SWATCH}
                      height={SWATCH}
                      className="bar-a"
                    />
                    <text x={barX0 + SWATCH + 6} y={labelY} className="side-label">
                      {sideLabel(dimension.a.key)}{' '}
                      <tspan className="share">{formatPercent(m.share)}</tspan> {valueText(m, m.a)}
                    </text>
                    <text
                      x={barX1 - SWATCH - 6}
                      y={secondLabelY ?? labelY}
                      textAnchor="end"
                      className="side-label"
                    >
                      {sideLabel(dimension.b.key)}{' '}
                      <tspan className="share">{formatPercent(100 - m.share)}</tspan>{' '}
                      {valueText(m, m.b)}
                    </text>
                    <rect
                      x={barX1 - SWATCH}
                      y={(secondLabelY ?? labelY) - SWATCH + 1}
                      width={SWATCH}
                      height={SWATCH}
                      className="bar-b"
                    />
                    <rect
                      x={barX0}
                      y={barY}
                      width={x(m.share) - barX0}
                      height={BAR}
                      className="bar-a"
                    />
                    <rect
                      x={x(m.share)}
                      y={barY}
                      width={barX1 - x(m.share)}
                      height={BAR}
                      className="bar-b"
                    />
                    <line
                      x1={x(m.share)}
                      x2={x(m.share)}
                      y1={barY}
                      y2={barY + BAR}
                      className="bar-split"
                    />
                  </>
                )}
                <rect
                  x={bandX0}
                  y={barY - 5}
                  width={Math.max(0, bandX1 - bandX0)}
                  height={BAR + 10}
                  className="band-halo"
                />
                <rect
                  x={bandX0}
                  y={barY - 5}
                  width={Math.max(0, bandX1 - bandX0)}
                  height={BAR + 10}
                  className="band-zone"
                />
                {m.unset > 0 && (
                  <>
                    <rect
                      x={barX1 + 12}
                      y={barY + BAR / 2 - 9}
                      width={18}
                      height={18}
                      className="bar-unset"
                      fill={`url(#${patternId})`}
                    />
                    <text x={barX1 + 36} y={barY + BAR / 2 + FONT / 3} className="side-label">
                      {unsetText(m.measure, m.unset)}
                    </text>
                  </>
                )}
              </g>
            ))}
            <BandAxis x0={barX0} x1={barX1} y={axisY} bandX0={bandX0} bandX1={bandX1} band={band} />
          </svg>
        );
      }}
    </ChartFigure>
  );
}
