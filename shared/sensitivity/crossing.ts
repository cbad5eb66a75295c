/**
 * Where two candidates swap places when one criterion's weight moves (issue "Is the winner
 * fragile?"). Priority is a weighted mean, so with every other weight fixed a candidate's priority
 * is a ratio of two linear functions of the weight w:
 *
 *   P(w) = share * (S + w p) / (W + w m) + K
 *
 * (S, W: the weighted points and weights of its other scored criteria on that axis; p, m: the
 * criterion's points and 1, or 0 and 0 when it is not scored; share: the axis's share of the
 * priority; K: the other axis and the breadth bonus). Two candidates tie where a quadratic in w is
 * 0: that is the closed form. It does not hold at the cap of 100 (a capped priority stops growing)
 * nor at w = 0 (the criterion leaves the breadth bonus, and a candidate scored on nothing else
 * loses its priority). Those points are solved for too, and every point found is checked against
 * the app's own scoring (`scoreCandidate`, `compareByPriority`) before it is reported, so a
 * crossing is exactly where the ranking the room sees changes.
 */
import type { Criterion } from '../domain/criteria.ts';
import { CRITERIA } from '../domain/criteria.ts';
import {
  breadthBonus,
  compareByPriority,
  criterionPoints,
  feasibilityScore,
  scoreCandidate,
  valueScore,
} from '../domain/scoring.ts';
import type { Candidate } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import { MAX_WEIGHT } from '../records/workshop.ts';

export type Scorable = Pick<Candidate, 'id' | 'title' | 'valueScores' | 'feasibilityScores'>;

/** How far past a crossing the swap is checked: far below any weight a person types. */
export const PAST_CROSSING = 1e-4;

/** A criterion's weight in the settings (or in a scenario, which holds the same two sets). */
export function weightOf(
  settings: Pick<WorkshopSettings, 'valueWeights' | 'feasibilityWeights'>,
  criterion: Criterion,
): number {
  return CRITERIA[criterion].axis === 'value'
    ? settings.valueWeights[criterion as keyof WorkshopSettings['valueWeights']]
    : settings.feasibilityWeights[criterion as keyof WorkshopSettings['feasibilityWeights']];
}

/** The settings with one criterion's weight changed. */
export function withWeight(
  settings: WorkshopSettings,
  criterion: Criterion,
  weight: number,
): WorkshopSettings {
  return CRITERIA[criterion].axis === 'value'
    ? { ...settings, valueWeights: { ...settings.valueWeights, [criterion]: weight } }
    : { ...settings, feasibilityWeights: { ...settings.feasibilityWeights, [criterion]: weight } };
}

/** Whether `a` ranks above `b` under `settings`, by the ranking rule of every screen. */
export function ranksAbove(a: Scorable, b: Scorable, settings: WorkshopSettings): boolean {
  const key = (c: Scorable) => ({
    priority: scoreCandidate(c, settings).priority,
    title: c.title,
    id: c.id,
  });
  return compareByPriority(key(a), key(b)) < 0;
}

/** A candidate's priority as a function of one criterion's weight, for w > 0 (see above). */
export interface WeightLine {
  share: number;
  sum: number;
  weight: number;
  points: number;
  /** 1 when the candidate has a score on the criterion, else 0. */
  scored: 0 | 1;
  rest: number;
}

/**
 * The parts of `WeightLine` for one candidate and criterion; null when the candidate has no
 * priority for some weight above 0 (it is not scored on both axes).
 */
export function weightLine(
  candidate: Scorable,
  criterion: Criterion,
  settings: WorkshopSettings,
): WeightLine | null {
  const isValue = CRITERIA[criterion].axis === 'value';
  const positive = withWeight(settings, criterion, Math.max(weightOf(settings, criterion), 1));
  const value = valueScore(candidate.valueScores, positive);
  const feasibility = feasibilityScore(candidate.feasibilityScores, positive);
  if (value === null || feasibility === null) return null;
  const a = settings.priorityValueShare;
  const scores: Readonly<Record<string, number | null>> = isValue
    ? candidate.valueScores
    : candidate.feasibilityScores;
  const weights: Readonly<Record<string, number>> = isValue
    ? settings.valueWeights
    : settings.feasibilityWeights;
  let sum = 0;
  let weight = 0;
  for (const [key, raw] of Object.entries(scores)) {
    if (key === criterion || raw === null) continue;
    const w = weights[key] ?? 0;
    sum += w * criterionPoints(key as Criterion, raw);
    weight += w;
  }
  const raw = scores[criterion] ?? null;
  return {
    share: isValue ? a : 1 - a,
    sum,
    weight,
    points: raw === null ? 0 : criterionPoints(criterion, raw),
    scored: raw === null ? 0 : 1,
    rest:
      (isValue ? (1 - a) * feasibility : a * value) + breadthBonus(candidate.valueScores, positive),
  };
}

/** The real roots of c2 w^2 + c1 w + c0, computed stably; none when every coefficient is ~0. */
function quadraticRoots(c2: number, c1: number, c0: number): number[] {
  const scale = Math.max(Math.abs(c2), Math.abs(c1), Math.abs(c0));
  if (scale === 0) return [];
  const [a, b, c] = [c2 / scale, c1 / scale, c0 / scale];
  if (Math.abs(a) < 1e-12) return Math.abs(b) < 1e-12 ? [] : [-c / b];
  const disc = b * b - 4 * a * c;
  if (disc < 0) return disc > -1e-12 ? [-b / (2 * a)] : [];
  const q = -0.5 * (b + Math.sign(b || 1) * Math.sqrt(disc));
  return q === 0 ? [0] : [q / a, c / q];
}

/**
 * Every weight where the order of two candidates can change, from their weight lines: where the
 * uncapped priorities tie, where either reaches the cap of 100, and 0 (the bonus and the
 * unscored step there).
 */
export function candidateCrossings(a: WeightLine, b: WeightLine): number[] {
  // (share_a (S_a + w p_a) + K_a (W_a + w m_a)) (W_b + w m_b) - (the same for b) (W_a + w m_a) = 0
  const num = (l: WeightLine): [number, number] => [
    l.share * l.sum + l.rest * l.weight,
    l.share * l.points + l.rest * l.scored,
  ];
  const [na0, na1] = num(a);
  const [nb0, nb1] = num(b);
  const c2 = na1 * b.scored - nb1 * a.scored;
  const c1 = na0 * b.scored + na1 * b.weight - nb0 * a.scored - nb1 * a.weight;
  const c0 = na0 * b.weight - nb0 * a.weight;
  const points = [0, ...quadraticRoots(c2, c1, c0)];
  for (const l of [a, b]) {
    // share (S + w p) + rest (W + w m) = 100 (W + w m)
    const slope = l.share * l.points + (l.rest - 100) * l.scored;
    const offset = l.share * l.sum + (l.rest - 100) * l.weight;
    if (Math.abs(slope) > 1e-12) points.push(-offset / slope);
  }
  return points.filter((w) => Number.isFinite(w) && w >= 0 && w <= MAX_WEIGHT);
}

/** A weight at which two candidates swap, and how. */
export interface Crossing {
  /** The weight of the criterion at which they tie (or, with `isStep`, swap). */
  weight: number;
  /**
   * The swap is a step at 0, without a tie: a criterion weighted 0 is out of the breadth bonus,
   * and a candidate scored on nothing else on that axis has no priority there, so leaving it out
   * (or bringing it back from 0) jumps.
   */
  isStep: boolean;
}

/**
 * The nearest weight of `criterion`, moving from its current weight in `direction` (+1: up to
 * MAX_WEIGHT, -1: down to 0), at which `above` (ranked above `below` now) stops ranking above it:
 * they tie there and swap just past it (`PAST_CROSSING`), or, with `isStep`, jump at 0. Null when
 * no weight in that direction (and nearer than `within`) swaps them. The lines may be given when
 * the caller has them.
 */
export function crossingWeight(
  above: Scorable,
  below: Scorable,
  criterion: Criterion,
  settings: WorkshopSettings,
  direction: 1 | -1,
  lines?: { above: WeightLine | null; below: WeightLine | null },
  within = Infinity,
): Crossing | null {
  const now = weightOf(settings, criterion);
  const la = lines ? lines.above : weightLine(above, criterion, settings);
  const lb = lines ? lines.below : weightLine(below, criterion, settings);
  if (la === null || lb === null) return null;
  const points = candidateCrossings(la, lb)
    // A tie now, or where the lines meet at 0, comes out of the quadratic a rounding error away
    // from the current weight or from 0. Below 1e-9 priorities are equal once rounded (the app
    // keeps nine decimals), so a "crossing" there is the titles deciding a tie of rounding, not a
    // swap: the lines meeting at 0 only touch there.
    .map((w) => (Math.abs(w - now) < 1e-9 ? now : Math.abs(w) < 1e-9 ? 0 : w))
    .filter((w) => (direction === 1 ? w >= now : w <= now) && Math.abs(w - now) < within)
    .sort((x, y) => Math.abs(x - now) - Math.abs(y - now) || x - y);
  for (const w of points) {
    // At a tie the titles decide, so the swap may be there already; else it is just past.
    const past = w + direction * PAST_CROSSING;
    const isSwapped = (x: number) => !ranksAbove(above, below, withWeight(settings, criterion, x));
    const isAt = w !== now && isSwapped(w);
    if (!isAt && (past < 0 || past > MAX_WEIGHT || !isSwapped(past))) continue;
    return { weight: w, isStep: !isTiedAt(above, below, withWeight(settings, criterion, w)) };
  }
  return null;
}

function isTiedAt(a: Scorable, b: Scorable, settings: WorkshopSettings): boolean {
  const pa = scoreCandidate(a, settings).priority;
  const pb = scoreCandidate(b, settings).priority;
  return pa !== null && pb !== null && Math.abs(pa - pb) < 1e-6;
}

/** The smallest change of one weight that swaps two neighbours, up or down. */
export interface WeightSwap {
  criterion: Criterion;
  from: number;
  to: number;
  /** Which way the weight moves (a tie now can swap either way). */
  direction: 1 | -1;
  isStep: boolean;
}

/**
 * For each criterion, the smallest change of its weight that swaps `above` and `below` (the
 * nearer crossing up or down; up when both are as near); none where no weight does.
 */
export function weightSwaps(
  above: Scorable,
  below: Scorable,
  settings: WorkshopSettings,
  criteria: readonly Criterion[],
): WeightSwap[] {
  const swaps: WeightSwap[] = [];
  for (const criterion of criteria) {
    const from = weightOf(settings, criterion);
    const lines = {
      above: weightLine(above, criterion, settings),
      below: weightLine(below, criterion, settings),
    };
    const up = crossingWeight(above, below, criterion, settings, 1, lines);
    const down = crossingWeight(above, below, criterion, settings, -1, lines);
    const isUp = up !== null && (down === null || up.weight - from <= from - down.weight);
    const best = isUp ? up : down;
    if (best !== null) {
      swaps.push({
        criterion,
        from,
        to: best.weight,
        direction: isUp ? 1 : -1,
        isStep: best.isStep,
      });
    }
  }
  return swaps;
}
