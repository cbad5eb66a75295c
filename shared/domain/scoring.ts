import type { Candidate, FeasibilityScores, ValueScores } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import { CRITERIA, FEASIBILITY_CRITERIA, VALUE_CRITERIA } from './criteria.ts';
import type { Criterion } from './criteria.ts';

export const QUADRANTS = ['quick-wins', 'strategic-bets', 'fill-ins', 'reconsider'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Readonly<Record<Quadrant, string>> = {
  'quick-wins': 'Quick wins',
  'strategic-bets': 'Strategic bets',
  'fill-ins': 'Fill-ins',
  reconsider: 'Reconsider',
};

/** V, F, priority and quadrant of one candidate; null where the room has not scored enough. */
export interface Scored {
  value: number | null;
  feasibility: number | null;
  priority: number | null;
  quadrant: Quadrant | null;
}

/**
 * Rounds away floating-point noise. With decimal weights a mean that is exactly 50 comes out as
 * 49.99999999999999, which would put a candidate on the wrong side of a 50 threshold although
 * "equal to a threshold counts as high". Nine decimals is far below anything shown or compared,
 * and rounding is monotonic, so it never reorders two scores.
 */
function withoutFloatNoise(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * What one score (1-5) adds to its axis before weighting, on the 0-100 scale: `100 * (s - 1) / 4`,
 * with technical complexity and integration counted as 6 - s.
 */
export function criterionPoints(key: Criterion, raw: number): number {
  const s = CRITERIA[key].isInverted ? 6 - raw : raw;
  return (100 * (s - 1)) / 4;
}

function axisScore<K extends Criterion>(
  keys: readonly K[],
  scores: Readonly<Record<K, number | null>>,
  weights: Readonly<Record<K, number>>,
): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const key of keys) {
    const raw = scores[key];
    if (raw === null) continue;
    const w = weights[key];
    weighted += w * criterionPoints(key, raw);
    weightSum += w;
  }
  if (weightSum === 0) return null;
  // Clamp guards against float drift (e.g. 100.00000000000001) at the ends of the scale.
  return Math.min(100, Math.max(0, withoutFloatNoise(weighted / weightSum)));
}

/**
 * Value V: the weighted mean of the scored value criteria mapped to 0-100
 * (`100 * sum(w_i * (s_i - 1) / 4) / sum(w_i)`). Null when no criterion with a weight is scored:
 * such a candidate has no position on the axis (it stays in the tray; it is not put at 0).
 */
export function valueScore(scores: ValueScores, settings: WorkshopSettings): number | null {
  return axisScore(VALUE_CRITERIA, scores, settings.valueWeights);
}

/** Feasibility F, as {@link valueScore}; technical complexity and integration count as 6 - s. */
export function feasibilityScore(
  scores: FeasibilityScores,
  settings: WorkshopSettings,
): number | null {
  return axisScore(FEASIBILITY_CRITERIA, scores, settings.feasibilityWeights);
}

/**
 * k: how many value criteria are scored 4 or 5 ("scores highly across multiple dimensions"). A
 * criterion weighted 0 is left out of V (Settings: "0 leaves it out"), so it is left out of k too.
 */
export function strongValueCount(scores: ValueScores, settings: WorkshopSettings): number {
  return VALUE_CRITERIA.filter((key) => settings.valueWeights[key] > 0 && (scores[key] ?? 0) >= 4)
    .length;
}

/**
 * Priority `P = a V + (1 - a) F + 5 * max(0, k - 1)`, capped at 100, with a = the workshop's
 * value share (0.6 by default). The bonus rewards projects strong on several value dimensions over
 * those excelling in one. Null unless both V and F are known.
 */
export function priorityScore(
  value: number | null,
  feasibility: number | null,
  scores: ValueScores,
  settings: WorkshopSettings,
): number | null {
  if (value === null || feasibility === null) return null;
  return combinePriority(
    settings.priorityValueShare,
    value,
    feasibility,
    breadthBonus(scores, settings),
  );
}

/** The breadth bonus of the priority: 5 for each value criterion beyond the first scored 4 or 5. */
export function breadthBonus(scores: ValueScores, settings: WorkshopSettings): number {
  return 5 * Math.max(0, strongValueCount(scores, settings) - 1);
}

/** `a V + (1 - a) F + bonus`, capped at 100, without float noise: the priority from its parts. */
export function combinePriority(
  valueShare: number,
  value: number,
  feasibility: number,
  bonus: number,
): number {
  return priorityNanos(valueShare, value, feasibility, bonus) / 1e9;
}

/**
 * The same priority in billionths, a whole number: what `withoutFloatNoise` keeps of it, capped
 * at 100. Priorities compare as their billionths do, so the sensitivity grid ranks by these.
 */
export function priorityNanos(
  valueShare: number,
  value: number,
  feasibility: number,
  bonus: number,
): number {
  return Math.min(1e11, Math.round(priorityBillionths(valueShare, value, feasibility, bonus)));
}

/**
 * `priorityNanos` before it is rounded and capped. Rounding keeps order, so a candidate whose
 * figure here is more than one below another's whole billionths ranks below it: the sensitivity
 * grid passes over most candidates with this one sum.
 */
export function priorityBillionths(
  valueShare: number,
  value: number,
  feasibility: number,
  bonus: number,
): number {
  return (valueShare * value + (1 - valueShare) * feasibility + bonus) * 1e9;
}

/** The quadrant at the workshop's thresholds; a score equal to a threshold counts as high. */
export function quadrantOf(
  value: number | null,
  feasibility: number | null,
  settings: WorkshopSettings,
): Quadrant | null {
  if (value === null || feasibility === null) return null;
  const isHighValue = value >= settings.thresholds.value;
  const isHighFeasibility = feasibility >= settings.thresholds.feasibility;
  if (isHighValue) return isHighFeasibility ? 'quick-wins' : 'strategic-bets';
  return isHighFeasibility ? 'fill-ins' : 'reconsider';
}

/** All four figures for one candidate under a workshop's settings. */
export function scoreCandidate(
  candidate: Pick<Candidate, 'valueScores' | 'feasibilityScores'>,
  settings: WorkshopSettings,
): Scored {
  const value = valueScore(candidate.valueScores, settings);
  const feasibility = feasibilityScore(candidate.feasibilityScores, settings);
  return {
    value,
    feasibility,
    priority: priorityScore(value, feasibility, candidate.valueScores, settings),
    quadrant: quadrantOf(value, feasibility, settings),
  };
}

/** What the ranking orders candidates by. */
export interface RankKey {
  priority: number | null;
  title: string;
  id: string;
}

/**
 * The ranking: higher priority first, unscored last, ties by title then id (code-unit order, the
 * same on every laptop). The deck's ranked list and matrix numbers and the app's dense matrix
 * number candidates by it.
 */
export function compareByPriority(a: RankKey, b: RankKey): number {
  if (a.priority !== b.priority) {
    if (a.priority === null) return 1;
    if (b.priority === null) return -1;
    return b.priority - a.priority;
  }
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/** Rounds a 0-100 figure for display; "–" where there is none. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : String(Math.round(score));
}
