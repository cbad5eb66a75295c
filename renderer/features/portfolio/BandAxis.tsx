import type { Band } from './balanceView.ts';
import { approxTextWidth, formatPercent } from './balanceView.ts';

interface BandAxisProps {
  x0: number;
  x1: number;
  y: number;
  bandX0: number;
  bandX1: number;
  band: Band;
}

/** 0%, the band's edges and 100% under the bars; labels that would collide are left out. */
export function BandAxis({ x0, x1, y, bandX0, bandX1, band }: BandAxisProps) {
  const ticks = [
    { at: x0, label: '0%', anchor: 'start' as const, isBand: false },
    { at: bandX0, label: formatPercent(band.min), anchor: 'middle' as const, isBand: true },
    { at: bandX1, label: formatPercent(band.max), anchor: 'middle' as const, isBand: true },
    { at: x1, label: '100%', anchor: 'end' as const, isBand: false },
  ];
  const shown = ticks.filter(
    (t, i) =>
      !(t.isBand && i === 2 && bandX1 - bandX0 < 44) &&
      !(!t.isBand && ticks.some((b) => b.isBand && Math.abs(b.at - t.at) < 48)),
  );
  const bandLabel = 'healthy band';
  const isBandLabelShown = bandX1 - bandX0 > approxTextWidth(bandLabel, 14) + 90;
  return (
    <g className="axis">
      <line x1={x0} x2={x1} y1={y} y2={y} className="axis-line" />
      {shown.map((t) => (
        <g key={t.label + t.anchor}>
          <line x1={t.at} x2={t.at} y1={y} y2={y + 6} className="axis-line" />
          <text x={t.at} y={y + 22} textAnchor={t.anchor} className="axis-label">
            {t.label}
          </text>
        </g>
      ))}
      {isBandLabelShown && (
        <text x={(bandX0 + bandX1) / 2} y={y + 22} textAnchor="middle" className="axis-label">
          {bandLabel}
        </text>
      )}
    </g>
  );
}
