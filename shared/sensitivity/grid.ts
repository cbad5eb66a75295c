/**
 * The scenario grid: each of the eight weights at half, the same and double its value, and the
 * value share of the priority at 0.5, 0.6 and 0.7 (the workshop's own share and 0.1 either side)
 * — 3^9 = 19,683 scenarios — and, for each scored
 * candidate, its best and worst rank over them and how many put it in the top N.
 *
 * Priority is `a V + (1 - a) F + bonus`: V depends only on the value weights (81 combinations), F
 * only on the feasibility weights (81), and the bonus on neither (halving or doubling keeps a
 * weight above 0). So V and F are scored once per combination by the app's own functions, and a
 * scenario costs one addition per candidate and a sort. The ranking is the app's: priority
 * first, then title, then id (`compareByPriority`), packed into one number per candidate. When
 * only the top of the ranking needs standings (the deck), a scenario counts the keys above each
 * of them instead of sorting, and most candidates are passed over for a whole group of scenarios
 * at one sum (`rankFirst`).
 */
import { CRITERIA_KEYS, FEASIBILITY_CRITERIA, VALUE_CRITERIA } from '../domain/criteria.ts';
import type { Criterion } from '../domain/criteria.ts';
import {
  breadthBonus,
  priorityBillionths,
  priorityNanos,
  compareByPriority,
  feasibilityScore,
  scoreCandidate,
  valueScore,
} from '../domain/scoring.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import type { Scorable } from './crossing.ts';

export const GRID_FACTORS = [0.5, 1, 2] as const;
/**
 * The value shares of the grid: the workshop's own and 0.1 either side, within 0 to 1 (0.5, 0.6
 * and 0.7 at the default 0.6), so the grid always holds the settings as they are.
 */
export function gridValueShares(settings: WorkshopSettings): [number, number, number] {
  const a = settings.priorityValueShare;
  const at = (d: number) => Math.min(1, Math.max(0, Math.round((a + d) * 100) / 100));
  return [at(-0.1), a, at(0.1)];
}
/** Eight weights and the value share, three values each. */
export const GRID_SIZE = 3 ** (CRITERIA_KEYS.length + 1);

const COMBOS = 3 ** 4;

/** One candidate over the grid. */
export interface GridStanding {
  id: string;
  bestRank: number;
  worstRank: number;
  /** How many of the scenarios evaluated put it in the top N. */
  topCount: number;
}

export interface GridResult {
  topN: number;
  /** How many scenarios were evaluated. */
  scenarios: number;
  /** One per scored candidate, in the order of the ranking under the workshop's settings. */
  standings: GridStanding[];
}

function weightsOf<K extends Criterion>(
  keys: readonly K[],
  base: Readonly<Record<K, number>>,
  combo: number,
): Record<K, number> {
  const weights = {} as Record<K, number>;
  let rest = combo;
  for (const key of keys) {
    weights[key] = base[key] * (GRID_FACTORS[rest % 3] ?? 1);
    rest = Math.floor(rest / 3);
  }
  return weights;
}

/**
 * The settings of scenario `index` (0 to GRID_SIZE - 1): its base-3 digits are the factors of
 * the four value weights, the four feasibility weights, then the value share.
 */
export function gridScenario(settings: WorkshopSettings, index: number): WorkshopSettings {
  return {
    ...settings,
    valueWeights: weightsOf(VALUE_CRITERIA, settings.valueWeights, index % COMBOS),
    feasibilityWeights: weightsOf(
      FEASIBILITY_CRITERIA,
      settings.feasibilityWeights,
      Math.floor(index / COMBOS) % COMBOS,
    ),
    priorityValueShare: gridValueShares(settings)[Math.floor(index / COMBOS ** 2)] ?? 0.6,
  };
}

/**
 * The grid's scenarios in a reflected ternary Gray order: one step changes one factor (one weight
 * between half and the same, or the same and double, or the value share by 0.1), so the ranking
 * of one scenario is almost the ranking of the last. Every index appears once.
 */
export function gridOrder(): Int32Array {
  cachedOrder ??= grayOrder();
  return cachedOrder;
}

/** Worked out once; shared by every caller, which reads it (or slices it) and never writes it. */
let cachedOrder: Int32Array | undefined;

function grayOrder(): Int32Array {
  const digits = CRITERIA_KEYS.length + 1;
  const order = new Int32Array(GRID_SIZE);
  for (let i = 0; i < GRID_SIZE; i++) {
    let rest = i;
    const d: number[] = [];
    for (let k = 0; k < digits; k++) {
      d.push(rest % 3);
      rest = Math.floor(rest / 3);
    }
    let index = 0;
    let higher = 0;
    for (let k = digits - 1; k >= 0; k--) {
      const digit = d[k] as number;
      index = index * 3 + (higher % 2 === 0 ? digit : 2 - digit);
      higher += digit;
    }
    order[i] = index;
  }
  return order;
}

/** The scored candidates in the order of the ranking under `settings`. */
export function rankCandidates<C extends Scorable>(
  candidates: readonly C[],
  settings: WorkshopSettings,
): Array<{ candidate: C; priority: number }> {
  return candidates
    .map((candidate) => ({ candidate, priority: scoreCandidate(candidate, settings).priority }))
    .filter((r): r is { candidate: C; priority: number } => r.priority !== null)
    .sort((a, b) =>
      compareByPriority(
        { priority: a.priority, title: a.candidate.title, id: a.candidate.id },
        { priority: b.priority, title: b.candidate.title, id: b.candidate.id },
      ),
    );
}

/**
 * Each scored candidate's best and worst rank and its count in the top N over the scenarios
 * `indices` (all of the grid by default, in `gridOrder`). The result does not depend on the order
 * of the indices, so the grid can be cut into parts (`mergeGrids`). With `count`, only the first
 * `count` of the ranking under the workshop's settings get a standing (the deck shows no more),
 * each the same as in the whole grid.
 */
export function runGrid(
  candidates: readonly Scorable[],
  settings: WorkshopSettings,
  topN: number,
  indices?: Iterable<number>,
  count?: number,
): GridResult {
  const ranked = rankCandidates(candidates, settings).map((r) => r.candidate);
  const n = ranked.length;
  const tracked = Math.min(count ?? n, n);
  // Equal priorities rank by title, then id: `tieOrder[t]` is the candidate t-th in that order.
  const tieOrder = ranked
    .map((_, i) => i)
    .sort((x, y) => {
      const a = ranked[x] as Scorable;
      const b = ranked[y] as Scorable;
      return compareByPriority(
        { priority: 0, title: a.title, id: a.id },
        { priority: 0, title: b.title, id: b.id },
      );
    });
  const tieBonus = new Float64Array(n);
  tieOrder.forEach((candidate, t) => {
    tieBonus[candidate] = n - 1 - t;
  });
  const values = new Float64Array(COMBOS * n);
  const feasibilities = new Float64Array(COMBOS * n);
  for (let combo = 0; combo < COMBOS; combo++) {
    const valueWeights = weightsOf(VALUE_CRITERIA, settings.valueWeights, combo);
    const feasibilityWeights = weightsOf(FEASIBILITY_CRITERIA, settings.feasibilityWeights, combo);
    const v = { ...settings, valueWeights };
    const f = { ...settings, feasibilityWeights };
    ranked.forEach((c, i) => {
      values[combo * n + i] = valueScore(c.valueScores, v) ?? 0;
      feasibilities[combo * n + i] = feasibilityScore(c.feasibilityScores, f) ?? 0;
    });
  }
  const bonus = Float64Array.from(ranked, (c) => breadthBonus(c.valueScores, settings));
  const scores: GridScores = {
    n,
    values,
    feasibilities,
    bonus,
    tieBonus,
    shares: gridValueShares(settings),
  };
  const standings: Standings = {
    best: new Int32Array(tracked).fill(n + 1),
    worst: new Int32Array(tracked),
    top: new Int32Array(tracked),
  };
  const scenarios =
    tracked < n
      ? rankFirst(scores, tracked, topN, indices ?? gridOrder(), standings)
      : rankAll(scores, topN, indices ?? gridOrder(), standings);
  const { best, worst, top } = standings;
  return {
    topN,
    scenarios,
    standings: ranked.slice(0, tracked).map((c, i) => ({
      id: c.id,
      bestRank: best[i] as number,
      worstRank: worst[i] as number,
      topCount: top[i] as number,
    })),
  };
}

/** The grid's figures per candidate, in ranking order, and its three value shares. */
interface GridScores {
  n: number;
  /** V of candidate i under value weights combination c at `c * n + i`; F likewise. */
  values: Float64Array;
  feasibilities: Float64Array;
  bonus: Float64Array;
  /** The tie-break by title then id, as a number below n to add to the billionths times n. */
  tieBonus: Float64Array;
  shares: readonly number[];
}

/** Best rank, worst rank and top-N count of the candidates ranked, filled in by the ranking. */
interface Standings {
  best: Int32Array;
  worst: Int32Array;
  top: Int32Array;
}

function record(standings: Standings, i: number, rank: number, topN: number): void {
  const { best, worst, top } = standings;
  if (rank < (best[i] as number)) best[i] = rank;
  if (rank > (worst[i] as number)) worst[i] = rank;
  if (rank <= topN) top[i] = (top[i] as number) + 1;
}

// Called 19,683 times per candidate: read once, not through the module binding on each call (a
// getter when the module is loaded as CommonJS, as Node's loaders do).
const nanosOf = priorityNanos;
const billionthsOf = priorityBillionths;

/**
 * Every candidate ranked in each scenario: the keys sorted. Returns how many scenarios it ranked.
 */
function rankAll(
  scores: GridScores,
  topN: number,
  indices: Iterable<number>,
  standings: Standings,
): number {
  const { n, values, feasibilities, bonus, tieBonus, shares } = scores;
  const keys = new Float64Array(n);
  // The candidates in ranking order, best first, kept from one scenario to the next: neighbours
  // in the grid rank almost alike, so an insertion sort from the last order does little work.
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let scenarios = 0;
  for (const index of indices) {
    const v = (index % COMBOS) * n;
    const f = (Math.floor(index / COMBOS) % COMBOS) * n;
    const share = shares[Math.floor(index / COMBOS ** 2)] ?? 0.6;
    for (let i = 0; i < n; i++) {
      const nanos = nanosOf(
        share,
        values[v + i] as number,
        feasibilities[f + i] as number,
        bonus[i] as number,
      );
      // Exact integers below 2^53: at most 1e11 billionths times at most 10,000 candidates.
      keys[i] = nanos * n + (tieBonus[i] as number);
    }
    // Keys are distinct (the tie bonus), so the order is the ranking, whatever the order before.
    for (let s = 1; s < n; s++) {
      const i = order[s] as number;
      const key = keys[i] as number;
      let t = s - 1;
      while (t >= 0 && (keys[order[t] as number] as number) < key) {
        order[t + 1] = order[t] as number;
        t -= 1;
      }
      order[t + 1] = i;
    }
    for (let s = 0; s < n; s++) record(standings, order[s] as number, s + 1, topN);
    scenarios += 1;
  }
  return scenarios;
}

/**
 * The first `tracked` candidates of the ranking ranked in each scenario: each one more than the
 * keys above it, so nothing is sorted. Returns how many scenarios it ranked.
 *
 * The scenarios go in groups that share the value weights and the value share (one per set of
 * feasibility weights). In a group, a candidate whose figure at its highest F is more than a
 * billionth below the lowest of the group's floors (the least of the tracked keys in a scenario)
 * ranks below all of them in all of the group, and is passed over; in a scenario, so is one more
 * than a billionth below its floor. The figure rises with F and rounding keeps order, so both are
 * exact. Only the rest are keyed and compared.
 */
function rankFirst(
  scores: GridScores,
  tracked: number,
  topN: number,
  indices: Iterable<number>,
  standings: Standings,
): number {
  const { n, values, feasibilities, bonus, tieBonus, shares } = scores;
  // The feasibility weights of each group's scenarios, by the group's value weights and share.
  const groups = new Map<number, number[]>();
  let scenarios = 0;
  for (const index of indices) {
    const group = (index % COMBOS) + COMBOS * Math.floor(index / COMBOS ** 2);
    const fc = Math.floor(index / COMBOS) % COMBOS;
    const fcs = groups.get(group);
    if (fcs === undefined) groups.set(group, [fc]);
    else fcs.push(fc);
    scenarios += 1;
  }
  const highestF = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let highest = -Infinity;
    for (let fc = 0; fc < COMBOS; fc++) {
      highest = Math.max(highest, feasibilities[fc * n + i] as number);
    }
    highestF[i] = highest;
  }
  const trackedKeys = new Float64Array(COMBOS * tracked);
  const floorNanos = new Float64Array(COMBOS);
  const floorKeys = new Float64Array(COMBOS);
  const near = new Int32Array(n);
  const rankOf = new Int32Array(tracked);
  for (const [group, fcs] of groups) {
    const v = (group % COMBOS) * n;
    const share = shares[Math.floor(group / COMBOS)] ?? 0.6;
    let lowest = Infinity;
    for (const fc of fcs) {
      let floorKey = Infinity;
      let floor = Infinity;
      for (let t = 0; t < tracked; t++) {
        const nanos = nanosOf(
          share,
          values[v + t] as number,
          feasibilities[fc * n + t] as number,
          bonus[t] as number,
        );
        const key = nanos * n + (tieBonus[t] as number);
        trackedKeys[fc * tracked + t] = key;
        floorKey = Math.min(floorKey, key);
        floor = Math.min(floor, nanos);
      }
      floorKeys[fc] = floorKey;
      floorNanos[fc] = floor;
      lowest = Math.min(lowest, floor);
    }
    let nearCount = 0;
    for (let j = tracked; j < n; j++) {
      const b = bonus[j] as number;
      if (billionthsOf(share, values[v + j] as number, highestF[j] as number, b) >= lowest - 1) {
        near[nearCount++] = j;
      }
    }
    for (const fc of fcs) {
      const f = fc * n;
      const base = fc * tracked;
      const floorKey = floorKeys[fc] as number;
      const floor = (floorNanos[fc] as number) - 1;
      rankOf.fill(1);
      for (let k = -tracked; k < nearCount; k++) {
        let key: number;
        if (k < 0) key = trackedKeys[base + k + tracked] as number;
        else {
          const j = near[k] as number;
          const value = values[v + j] as number;
          const feasibility = feasibilities[f + j] as number;
          const b = bonus[j] as number;
          if (billionthsOf(share, value, feasibility, b) < floor) continue;
          key = nanosOf(share, value, feasibility, b) * n + (tieBonus[j] as number);
        }
        if (key <= floorKey) continue;
        for (let t = 0; t < tracked; t++) {
          if (key > (trackedKeys[base + t] as number)) rankOf[t] = (rankOf[t] as number) + 1;
        }
      }
      for (let t = 0; t < tracked; t++) record(standings, t, rankOf[t] as number, topN);
    }
  }
  return scenarios;
}

/** Two parts of one grid (the same candidates and settings, other scenarios) as one. */
export function mergeGrids(a: GridResult, b: GridResult): GridResult {
  return {
    topN: a.topN,
    scenarios: a.scenarios + b.scenarios,
    standings: a.standings.map((s, i) => {
      const t = b.standings[i] as GridStanding;
      return {
        id: s.id,
        bestRank: Math.min(s.bestRank, t.bestRank),
        worstRank: Math.max(s.worstRank, t.worstRank),
        topCount: s.topCount + t.topCount,
      };
    }),
  };
}
