import { TAG_LABELS } from '../../../shared/domain/criteria.ts';
import type {
  BalanceDimension,
  BalanceGroup,
  BalanceKey,
  DimensionBalance,
  PortfolioBalance,
} from '../../../shared/roadmap/balance.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';

export type Band = WorkshopSettings['balanceBand'];

/** The seed's three pairs, named as the room says them. */
export const DIMENSION_TITLES: Readonly<Record<BalanceDimension, string>> = {
  horizon: 'Quick-win vs long-term horizon',
  audience: 'Customer-facing vs operational',
  approach: 'Proven vs experimental',
};

export function sideLabel(key: BalanceKey): string {
  return TAG_LABELS[key];
}

/** One selectable group of candidates: every candidate, the roadmap, or one phase. */
export interface BalanceView {
  /** 'all', 'roadmap' or a phase id. */
  id: string;
  label: string;
  /** Says what the group holds, for the picker. */
  description: string;
  group: BalanceGroup;
  /** Which candidates belong to the view, by their phase. */
  includes: (phaseId: string | null) => boolean;
}

/** The views in picker order: All candidates, Roadmap, then each phase in roadmap order. */
export function balanceViews(balance: PortfolioBalance): BalanceView[] {
  const phaseIds = new Set(balance.phases.map((p) => p.phaseId));
  return [
    {
      id: 'all',
      label: 'All candidates',
      description: 'scheduled or not',
      group: balance.all,
      includes: () => true,
    },
    {
      id: 'roadmap',
      label: 'Roadmap',
      description: 'all phases',
      group: balance.roadmap,
      includes: (phaseId) => phaseId !== null && phaseIds.has(phaseId),
    },
    ...balance.phases.map((p): BalanceView => ({
      id: p.phaseId,
      label: p.phaseName,
      description: 'one phase',
      group: p,
      includes: (phaseId) => phaseId === p.phaseId,
    })),
  ];
}

/**
 * A share in percent: whole when it is (near enough) whole, else to one decimal. One decimal keeps
 * the chart honest next to the advice, which rounds the short side down ("27%" for 27.8%), and
 * never shows 29.6% as a "30%" that looks inside the band.
 */
export function formatPercent(percent: number): string {
  const rounded = Math.round(percent);
  return Math.abs(percent - rounded) < 0.05 ? `${rounded}%` : `${percent.toFixed(1)}%`;
}

export function formatBand(band: Band): string {
  return `${formatPercent(band.min).replace('%', '')}-${formatPercent(band.max)}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function points(n: number): string {
  return plural(n, 'effort point', 'effort points');
}

/** What one measure of a dimension shows, side by side: shares of the tagged, and the untagged. */
export interface MeasureView {
  measure: 'count' | 'effort';
  /** Share of side a, 0-100, or null when nothing is tagged. */
  share: number | null;
  a: number;
  b: number;
  unset: number;
  isOutOfBand: boolean;
}

export function measuresOf(d: DimensionBalance): [MeasureView, MeasureView] {
  return [
    {
      measure: 'count',
      share: d.shareByCount,
      a: d.a.count,
      b: d.b.count,
      unset: d.unset.count,
      isOutOfBand: d.isOutOfBandByCount,
    },
    {
      measure: 'effort',
      share: d.shareByEffort,
      a: d.a.effort,
      b: d.b.effort,
      unset: d.unset.effort,
      isOutOfBand: d.isOutOfBandByEffort,
    },
  ];
}

function measureSentence(d: DimensionBalance, m: MeasureView): string {
  const amount = (n: number) =>
    m.measure === 'count' ? plural(n, 'candidate', 'candidates') : points(n);
  const notSet = m.unset > 0 ? `; ${amount(m.unset)} not set` : '';
  if (m.share === null) return `By ${m.measure}: no candidate tagged yet${notSet}.`;
  const a = `${sideLabel(d.a.key)} ${formatPercent(m.share)} (${amount(m.a)})`;
  const b = `${sideLabel(d.b.key)} ${formatPercent(100 - m.share)} (${amount(m.b)})`;
  const status = m.isOutOfBand ? ', outside the healthy band' : '';
  return `By ${m.measure}: ${a}, ${b}${notSet}${status}.`;
}

/** The chart's text alternative: every number it draws, in one paragraph. */
export function dimensionSummary(d: DimensionBalance, band: Band, viewLabel: string): string {
  const [count, effort] = measuresOf(d);
  return [
    `${DIMENSION_TITLES[d.dimension]}, ${viewLabel}.`,
    measureSentence(d, count),
    measureSentence(d, effort),
    `Healthy band ${formatBand(band)} for ${sideLabel(d.a.key).toLowerCase()}.`,
  ].join(' ');
}

/** Roughly how wide a line of SVG text is: enough to decide between one line and two. */
export function approxTextWidth(text: string, fontSize: number, isBold = false): number {
  return text.length * fontSize * (isBold ? 0.62 : 0.56);
}

/** Cuts a long label for the chart; the table and the text alternative keep it whole. */
export function clip(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1).trimEnd()}…`;
}
