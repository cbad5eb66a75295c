import { EFFORT_POINTS, EFFORT_SIZES } from '../domain/criteria.ts';
import type { Approach, Audience, Effort, Horizon } from '../domain/criteria.ts';
import type { Candidate } from '../records/candidate.ts';
import type { Phase } from '../records/phase.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import { horizonOf } from '../domain/standing.ts';
import { compareText, sortPhases } from './common.ts';

/** The three portfolio dimensions of the seed's "Portfolio balance", each a pair of tags. */
export const BALANCE_DIMENSIONS = ['horizon', 'audience', 'approach'] as const;
export type BalanceDimension = (typeof BALANCE_DIMENSIONS)[number];

/** The two sides of each dimension; shares are of the first side (`a`). */
export const DIMENSION_SIDES = {
  horizon: ['quick-win', 'long-term'],
  audience: ['customer-facing', 'operational'],
  approach: ['proven', 'experimental'],
} as const satisfies Record<BalanceDimension, readonly [string, string]>;

export type BalanceKey = Horizon | Audience | Approach;

export interface BalanceTally {
  count: number;
  /** Effort points (S=1, M=2, L=4, XL=8). */
  effort: number;
}

export interface BalanceSide extends BalanceTally {
  key: BalanceKey;
}

/** One dimension over a group of candidates. */
export interface DimensionBalance {
  dimension: BalanceDimension;
  a: BalanceSide;
  b: BalanceSide;
  /** Candidates without this tag: they count in neither share. */
  unset: BalanceTally;
  /** Percent (0-100) of the tagged candidates on side `a`; null when none is tagged. */
  shareByCount: number | null;
  /** Percent (0-100) of the tagged effort on side `a`; null when none is tagged. */
  shareByEffort: number | null;
  isOutOfBandByCount: boolean;
  isOutOfBandByEffort: boolean;
  /** Either share lies outside the workshop's balance band. */
  isOutOfBand: boolean;
  /** One sentence saying what to do when out of band; null otherwise. */
  advice: string | null;
}

/** A group of candidates (the whole portfolio, the roadmap, a phase, the backlog). */
export interface BalanceGroup extends BalanceTally {
  /** horizon, audience, approach — always in that order. */
  dimensions: DimensionBalance[];
}

export interface PhaseBalance extends BalanceGroup {
  phaseId: string;
  phaseName: string;
}

export interface PortfolioBalance {
  /** Every candidate, scheduled or not: what the Portfolio screen shows before planning. */
  all: BalanceGroup;
  /** The whole roadmap: the candidates scheduled in a phase. */
  roadmap: BalanceGroup;
  /** Per phase, in roadmap order (by `order`, ties by id). */
  phases: PhaseBalance[];
  /** The candidates not in any phase (including those naming a phase that is not there). */
  backlog: BalanceGroup;
}

export type BalanceCandidate = Pick<
  Candidate,
  | 'horizon'
  | 'audience'
  | 'approach'
  | 'effort'
  | 'phaseId'
  | 'placement'
  | 'valueScores'
  | 'feasibilityScores'
>;

/** Plural nouns for advice sentences, and what to add when a side is short. */
const SIDE_WORDING: Readonly<Record<BalanceKey, { noun: string; action: string }>> = {
  'quick-win': {
    noun: 'quick-win projects',
    action: 'add a quick-win project to keep momentum, or move one forward',
  },
  'long-term': {
    noun: 'long-term projects',
    action: 'add a long-term, transformative project so the portfolio builds for the future',
  },
  'customer-facing': {
    noun: 'customer-facing projects',
    action: 'add a customer-facing project that shows market value',
  },
  operational: {
    noun: 'operational improvements',
    action: 'add an operational improvement that builds internal capability',
  },
  proven: {
    noun: 'proven approaches',
    action: 'balance the experiments with a project on a proven approach',
  },
  experimental: {
    noun: 'experiments',
    action: 'add an experiment that explores a new technique',
  },
};

/** Per group: [dimension][a, b, unset] × [count, effort], flat. */
type Tallies = Float64Array;
const SLOTS = BALANCE_DIMENSIONS.length * 3 * 2;

/**
 * A group's histogram: how many candidates fall in each combination of horizon side, audience
 * side, approach side (a, b or unset each) and effort size — 3 × 3 × 3 × 4 buckets. One increment
 * per candidate and group, then a sum over the 108 buckets: that keeps 10,000 candidates far
 * below the 20 ms goal.
 */
type Histogram = Uint32Array;
const SIZES = EFFORT_SIZES.length;
const BUCKETS = 27 * SIZES;
const EFFORT_INDEX = Object.fromEntries(EFFORT_SIZES.map((e, i) => [e, i])) as Record<
  Effort,
  number
>;

function sideOf<D extends BalanceDimension>(
  dimension: D,
  tag: (typeof DIMENSION_SIDES)[D][number] | null,
): number {
  const [a, b] = DIMENSION_SIDES[dimension];
  return tag === a ? 0 : tag === b ? 1 : 2;
}

function bucketOf(c: BalanceCandidate, settings: WorkshopSettings): number {
  // The horizon by the one rule (domain/standing.ts): the tag, or quick win for an untagged card
  // the room put in Quick wins.
  const horizon = sideOf('horizon', horizonOf(c, settings));
  const audience = sideOf('audience', c.audience);
  const approach = sideOf('approach', c.approach);
  return ((horizon * 3 + audience) * 3 + approach) * SIZES + EFFORT_INDEX[c.effort];
}

function talliesOf(histogram: Histogram): Tallies {
  const tallies = new Float64Array(SLOTS);
  for (let bucket = 0; bucket < BUCKETS; bucket += 1) {
    const n = histogram[bucket] ?? 0;
    if (n === 0) continue;
    const size = EFFORT_SIZES[bucket % SIZES] ?? 'S';
    const combo = Math.floor(bucket / SIZES);
    const sides = [Math.floor(combo / 9), Math.floor(combo / 3) % 3, combo % 3];
    sides.forEach((side, d) => {
      const slot = (d * 3 + side) * 2;
      tallies[slot] = (tallies[slot] ?? 0) + n;
      tallies[slot + 1] = (tallies[slot + 1] ?? 0) + n * EFFORT_POINTS[size];
    });
  }
  return tallies;
}

function share(a: number, b: number): number | null {
  return a + b === 0 ? null : (100 * a) / (a + b);
}

function isOutside(value: number | null, band: WorkshopSettings['balanceBand']): boolean {
  return value !== null && (value < band.min || value > band.max);
}

/**
 * The advice for an out-of-band dimension, on the measure that is out of band (effort first,
 * since effort is what a phase's capacity spends). The short side's percent is rounded DOWN so
 * that the sentence never shows the band's own minimum ("only 30%" when the band starts at 30),
 * and "less than 1%" is not rounded down to "0%".
 */
function adviceFor(
  sides: readonly [BalanceSide, BalanceSide],
  shareByCount: number | null,
  shareByEffort: number | null,
  band: WorkshopSettings['balanceBand'],
): string | null {
  const isByEffort = isOutside(shareByEffort, band);
  const shareOfA = isByEffort ? shareByEffort : shareByCount;
  if (shareOfA === null || !isOutside(shareOfA, band)) return null;
  const [a, b] = sides;
  const short = shareOfA < band.min ? a : b;
  const exact = short === a ? shareOfA : 100 - shareOfA;
  const percent = exact < 1 ? 'less than 1%' : `${Math.floor(exact)}%`;
  const { noun, action } = SIDE_WORDING[short.key];
  if (isByEffort) {
    if (exact === 0) return `No effort goes to ${noun}: ${action}.`;
    return exact < 1
      ? `Less than 1% of the effort goes to ${noun}: ${action}.`
      : `Only ${percent} of the effort goes to ${noun}: ${action}.`;
  }
  const tagged = a.count + b.count;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  // Never zero here: a side with no candidate has no effort either, and effort is checked first.
  return `${Noun} make up only ${short.count} of ${tagged} tagged candidates (${percent}): ${action}.`;
}

function toGroup(histogram: Histogram, band: WorkshopSettings['balanceBand']): BalanceGroup {
  const tallies = talliesOf(histogram);
  const dimensions = BALANCE_DIMENSIONS.map((dimension, d): DimensionBalance => {
    const at = (side: number, isEffort: boolean): number =>
      tallies[(d * 3 + side) * 2 + (isEffort ? 1 : 0)] ?? 0;
    const [keyA, keyB] = DIMENSION_SIDES[dimension];
    const a: BalanceSide = { key: keyA, count: at(0, false), effort: at(0, true) };
    const b: BalanceSide = { key: keyB, count: at(1, false), effort: at(1, true) };
    const shareByCount = share(a.count, b.count);
    const shareByEffort = share(a.effort, b.effort);
    const isOutOfBandByCount = isOutside(shareByCount, band);
    const isOutOfBandByEffort = isOutside(shareByEffort, band);
    return {
      dimension,
      a,
      b,
      unset: { count: at(2, false), effort: at(2, true) },
      shareByCount,
      shareByEffort,
      isOutOfBandByCount,
      isOutOfBandByEffort,
      isOutOfBand: isOutOfBandByCount || isOutOfBandByEffort,
      advice: adviceFor([a, b], shareByCount, shareByEffort, band),
    };
  });
  // Every candidate is on exactly one side (a, b or unset) of any dimension: its sums are the group's.
  const { a, b, unset } = dimensions[0] as DimensionBalance;
  return {
    count: a.count + b.count + unset.count,
    effort: a.effort + b.effort + unset.effort,
    dimensions,
  };
}

/**
 * The portfolio balance (PRODUCT.md, "Portfolio balance"): for each of the three dimensions —
 * horizon (quick-win vs long-term, by `horizonOf`: the tag, or quick win for an untagged card the
 * room put in Quick wins), audience (customer-facing vs operational), approach (proven vs
 * experimental) — the count and effort on each side and untagged, and the share of the first side
 * among the tagged, by count and by effort.
 *
 * Groups: `all` (every candidate), `roadmap` (the scheduled ones: "the whole roadmap"), each
 * phase, and the `backlog`. `all` exists because a workshop plans its portfolio before it
 * schedules anything (the sample workshop schedules nothing), and the balance matters then too.
 *
 * A share outside `settings.balanceBand` (inclusive bounds) marks the dimension out of band, with
 * one sentence of advice. The same rule applies to every group; a phase is small, so the screen
 * may choose to warn on the whole roadmap only. One pass over the candidates: O(n).
 */
export function portfolioBalance(
  candidates: readonly BalanceCandidate[],
  phases: ReadonlyArray<Pick<Phase, 'id' | 'name' | 'order'>>,
  settings: WorkshopSettings,
): PortfolioBalance {
  const sorted = sortPhases(phases);
  const phaseIndex = new Map(sorted.map((p, i) => [p.id, i]));
  const all = new Uint32Array(BUCKETS);
  const roadmap = new Uint32Array(BUCKETS);
  const backlog = new Uint32Array(BUCKETS);
  const perPhase = sorted.map(() => new Uint32Array(BUCKETS));
  for (const c of candidates) {
    const bucket = bucketOf(c, settings);
    all[bucket] = (all[bucket] ?? 0) + 1;
    const p = c.phaseId === null ? undefined : phaseIndex.get(c.phaseId);
    const group = p === undefined ? undefined : perPhase[p];
    if (group === undefined) {
      backlog[bucket] = (backlog[bucket] ?? 0) + 1;
    } else {
      roadmap[bucket] = (roadmap[bucket] ?? 0) + 1;
      group[bucket] = (group[bucket] ?? 0) + 1;
    }
  }
  const band = settings.balanceBand;
  return {
    all: toGroup(all, band),
    roadmap: toGroup(roadmap, band),
    phases: sorted.map((phase, p) => ({
      phaseId: phase.id,
      phaseName: phase.name,
      ...toGroup(perPhase[p] ?? new Uint32Array(BUCKETS), band),
    })),
    backlog: toGroup(backlog, band),
  };
}

export const NO_DEPARTMENT = 'No department';

export interface DepartmentShare extends BalanceTally {
  /** The department as typed, trimmed; '' for none. */
  department: string;
  /** What to show: the department, or "No department". */
  label: string;
}

/**
 * How many candidates, and how much effort, each department brings. Departments are grouped by
 * their trimmed text, exactly (case included: "Sales" and "sales" are two, as typed); an empty
 * department shows as "No department". Sorted by effort, then count (both descending), then name,
 * with "No department" last among equals.
 */
export function departmentSpread(
  candidates: ReadonlyArray<Pick<Candidate, 'department' | 'effort'>>,
): DepartmentShare[] {
  // Keyed by the text as typed first (one Map lookup per candidate), trimmed once per distinct text.
  const byTyped = new Map<string, BalanceTally>();
  for (const c of candidates) {
    let entry = byTyped.get(c.department);
    if (entry === undefined) {
      entry = { count: 0, effort: 0 };
      byTyped.set(c.department, entry);
    }
    entry.count += 1;
    entry.effort += EFFORT_POINTS[c.effort];
  }
  const byDepartment = new Map<string, BalanceTally>();
  for (const [typed, t] of byTyped) {
    const department = typed.trim();
    const entry = byDepartment.get(department) ?? { count: 0, effort: 0 };
    entry.count += t.count;
    entry.effort += t.effort;
    byDepartment.set(department, entry);
  }
  return [...byDepartment]
    .map(([department, t]) => ({
      department,
      label: department === '' ? NO_DEPARTMENT : department,
      count: t.count,
      effort: t.effort,
    }))
    .sort(
      (x, y) =>
        y.effort - x.effort ||
        y.count - x.count ||
        Number(x.department === '') - Number(y.department === '') ||
        compareText(x.department, y.department),
    );
}
