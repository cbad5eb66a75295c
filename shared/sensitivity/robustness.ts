/**
 * "Is the winner fragile?": the close calls between neighbours in the ranking, one-point score
 * changes for the top candidates, the tornado of weights over which the top five stay, how far a
 * threshold must move to change a candidate's quadrant, and the Robust / Sensitive / Fragile
 * badge that sums them up. One rule each; the Sensitivity screen and the deck call these.
 */
import { CRITERIA, CRITERIA_KEYS } from '../domain/criteria.ts';
import type { Criterion } from '../domain/criteria.ts';
import { matrixSpot } from '../domain/matrix.ts';
import {
  compareByPriority,
  QUADRANT_LABELS,
  quadrantOf,
  scoreCandidate,
} from '../domain/scoring.ts';
import type { Quadrant } from '../domain/scoring.ts';
import type { Candidate } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import { MAX_WEIGHT } from '../records/workshop.ts';
import type { Scorable, WeightSwap } from './crossing.ts';
import {
  crossingWeight,
  PAST_CROSSING,
  ranksAbove,
  weightLine,
  weightOf,
  weightSwaps,
  withWeight,
} from './crossing.ts';
import type { GridResult } from './grid.ts';
import { gridValueShares, rankCandidates } from './grid.ts';

/** The ranking as `rankCandidates` gives it, for a caller that has it already. */
type Ranking = ReadonlyArray<{ candidate: Scorable; priority: number }>;

/** How many of the top the tornado watches (the "top 5"). */
export const TORNADO_TOP = 5;

/** A weight change counts as small up to a quarter of the weight (of 1 for a weight below 1). */
export const SMALL_WEIGHT_CHANGE = 0.25;

/** Whether moving a weight from `from` to `to` is a small change. */
export function isSmallChange(from: number, to: number): boolean {
  return Math.abs(to - from) <= SMALL_WEIGHT_CHANGE * Math.max(from, 1) + 1e-9;
}

/** A weight as a person reads it: at most `decimals` decimals, no trailing zeros. */
export function formatWeight(weight: number, decimals = 2): string {
  const scale = 10 ** decimals;
  return String(Math.round(weight * scale) / scale);
}

/**
 * The weight to name in a sentence: the crossing rounded away from the current weight to one
 * decimal (then two), the first that really swaps the two, so a room that types it sees the swap;
 * the crossing itself, just past, when no such round weight does.
 */
function shownWeight(
  above: Scorable,
  below: Scorable,
  swap: WeightSwap,
  settings: WorkshopSettings,
): number {
  // Leaving a criterion out is the step down to 0; a step up from 0 is named by a weight above it.
  if (swap.isStep && swap.direction === -1) return 0;
  const round = swap.direction === 1 ? Math.ceil : Math.floor;
  for (const scale of [10, 100]) {
    const first = round(swap.to * scale) / scale;
    for (const w of [first, first + swap.direction / scale]) {
      if (w < 0 || w > MAX_WEIGHT) continue;
      if (!ranksAbove(above, below, withWeight(settings, swap.criterion, w))) return w;
    }
  }
  return swap.to + swap.direction * PAST_CROSSING;
}

/** Two neighbours in the ranking and the smallest weight change of each criterion that swaps them. */
export interface CloseCall {
  /** Rank of `aboveId` (the pair is ranks `rank` and `rank + 1`). */
  rank: number;
  aboveId: string;
  belowId: string;
  aboveTitle: string;
  belowTitle: string;
  /** Per criterion that can swap them, smallest change first. */
  swaps: Array<WeightSwap & { shown: number }>;
  /** The smallest swap, as the sentence names it, is a small change (`isSmallChange`). */
  isClose: boolean;
}

function criterionName(criterion: Criterion): string {
  return CRITERIA[criterion].label.toLowerCase();
}

/**
 * The close call in one sentence: "Lead scoring overtakes Churn prediction if the weight of
 * learning value goes from 1 to 1.3.", or that no single weight swaps them.
 */
export function closeCallSentence(call: CloseCall): string {
  const swap = call.swaps[0];
  if (swap === undefined) {
    return `No single weight change swaps ${call.aboveTitle} and ${call.belowTitle}.`;
  }
  const what = `the weight of ${criterionName(swap.criterion)}`;
  const to = swap.isStep && swap.direction === -1 ? '0 (left out)' : formatWeight(swap.shown, 4);
  return `${call.belowTitle} overtakes ${call.aboveTitle} if ${what} goes from ${formatWeight(swap.from)} to ${to}.`;
}

/**
 * The close calls of the ranking: each pair of neighbours from the top down to the first one
 * below the top N (ranks 1-2, 2-3... N-(N+1)), in ranking order.
 */
export function closeCalls(
  candidates: readonly Scorable[],
  settings: WorkshopSettings,
  topN: number,
  ranking: Ranking = rankCandidates(candidates, settings),
): CloseCall[] {
  const ranked = ranking.map((r) => r.candidate);
  const calls: CloseCall[] = [];
  for (let r = 0; r < Math.min(topN, ranked.length - 1); r++) {
    const above = ranked[r] as Scorable;
    const below = ranked[r + 1] as Scorable;
    const swaps = weightSwaps(above, below, settings, CRITERIA_KEYS)
      .map((s) => ({ ...s, shown: shownWeight(above, below, s, settings) }))
      .sort(
        (x, y) =>
          Math.abs(x.to - x.from) / Math.max(x.from, 1) -
            Math.abs(y.to - y.from) / Math.max(y.from, 1) ||
          CRITERIA_KEYS.indexOf(x.criterion) - CRITERIA_KEYS.indexOf(y.criterion),
      );
    const first = swaps[0];
    calls.push({
      rank: r + 1,
      aboveId: above.id,
      belowId: below.id,
      aboveTitle: above.title,
      belowTitle: below.title,
      swaps,
      // Judged by the weight the sentence names, so a close call reads as one.
      isClose: first !== undefined && isSmallChange(first.from, first.shown),
    });
  }
  return calls;
}

/** One score moved by one point, and the rank it gives. */
export interface ScoreNudge {
  candidateId: string;
  criterion: Criterion;
  from: number;
  to: number;
  rank: number;
  /** It takes the candidate into or out of the top N. */
  crossesTop: boolean;
}

/**
 * For each candidate ranked up to N + 1: every single score moved by one point (within 1-5), and
 * the rank that gives it with everything else as it is.
 */
export function scoreNudges(
  candidates: readonly Scorable[],
  settings: WorkshopSettings,
  topN: number,
  ranked: Ranking = rankCandidates(candidates, settings),
): ScoreNudge[] {
  const nudges: ScoreNudge[] = [];
  for (let r = 0; r < Math.min(topN + 1, ranked.length); r++) {
    const { candidate } = ranked[r] as { candidate: Scorable };
    for (const criterion of CRITERIA_KEYS) {
      const isValue = CRITERIA[criterion].axis === 'value';
      const scores: Readonly<Record<string, number | null>> = isValue
        ? candidate.valueScores
        : candidate.feasibilityScores;
      const from = scores[criterion] ?? null;
      if (from === null) continue;
      for (const to of [from - 1, from + 1]) {
        if (to < 1 || to > 5) continue;
        const moved: Scorable = isValue
          ? { ...candidate, valueScores: { ...candidate.valueScores, [criterion]: to } }
          : {
              ...candidate,
              feasibilityScores: { ...candidate.feasibilityScores, [criterion]: to },
            };
        const key = {
          priority: scoreCandidate(moved, settings).priority,
          title: moved.title,
          id: moved.id,
        };
        let rank = 1;
        for (const other of ranked) {
          if (other.candidate.id === candidate.id) continue;
          const o = {
            priority: other.priority,
            title: other.candidate.title,
            id: other.candidate.id,
          };
          if (compareByPriority(o, key) < 0) rank += 1;
        }
        nudges.push({
          candidateId: candidate.id,
          criterion,
          from,
          to,
          rank,
          crossesTop: rank <= topN !== r < topN,
        });
      }
    }
  }
  return nudges;
}

/** The range of one weight over which the same candidates stay in the top five. */
export interface TornadoBar {
  criterion: Criterion;
  now: number;
  low: number;
  high: number;
  /** At `low` itself the five change: leaving the criterion out (0) swaps one in a step. */
  isLowOpen: boolean;
}

/**
 * Per criterion, the weights (from 0 to MAX_WEIGHT) over which the same five candidates stay in
 * the top five, whatever their order inside it: bounded by the nearest crossing, each way, of a
 * top-five candidate and one below it. Narrowest first. None when fewer than six are ranked.
 */
export function tornado(candidates: readonly Scorable[], settings: WorkshopSettings): TornadoBar[] {
  const ranked = rankCandidates(candidates, settings).map((r) => r.candidate);
  if (ranked.length <= TORNADO_TOP) return [];
  const top = ranked.slice(0, TORNADO_TOP);
  const rest = ranked.slice(TORNADO_TOP);
  const topIds = new Set(top.map((c) => c.id));
  const isSameTop = (at: WorkshopSettings) =>
    rankCandidates(candidates, at)
      .slice(0, TORNADO_TOP)
      .every((r) => topIds.has(r.candidate.id));
  const bars = CRITERIA_KEYS.map((criterion): TornadoBar => {
    const now = weightOf(settings, criterion);
    const lines = new Map(ranked.map((c) => [c.id, weightLine(c, criterion, settings)]));
    // Only a crossing strictly inside the range found so far can narrow it, so few are checked.
    let high = MAX_WEIGHT;
    let low = 0;
    for (const a of top) {
      for (const b of rest) {
        const pair = { above: lines.get(a.id) ?? null, below: lines.get(b.id) ?? null };
        const up = crossingWeight(a, b, criterion, settings, 1, pair, high - now);
        if (up !== null) high = up.weight;
        const down = crossingWeight(a, b, criterion, settings, -1, pair, now - low);
        if (down !== null) low = down.weight;
      }
    }
    // At 0 itself the criterion leaves the breadth bonus (a step): one look at the five there.
    const isLowOpen = low === 0 && now > 0 && !isSameTop(withWeight(settings, criterion, 0));
    return { criterion, now, low, high, isLowOpen };
  });
  return bars.sort(
    (x, y) =>
      x.high - x.low - (y.high - y.low) ||
      CRITERIA_KEYS.indexOf(x.criterion) - CRITERIA_KEYS.indexOf(y.criterion),
  );
}

/** Where one threshold must go to change a candidate's quadrant, and the quadrant it gives. */
export interface ThresholdShift {
  /** The candidate's spot on that axis: the threshold must rise above it, or fall to it. */
  at: number;
  isAbove: boolean;
  to: Quadrant;
}

/** "from 0.43 to 1.5", "from just above 0 to 1.5", "only at 0". */
export function tornadoRangeWords(bar: TornadoBar): string {
  if (bar.high <= bar.low) return `only at ${formatWeight(bar.low)}`;
  const low = bar.isLowOpen ? `just above ${formatWeight(bar.low)}` : formatWeight(bar.low);
  return `from ${low} to ${formatWeight(bar.high)}`;
}

/** How far each threshold must move to change a candidate's quadrant. */
export interface ThresholdMove {
  candidateId: string;
  quadrant: Quadrant;
  /** Null where no threshold from 0 to 100 does it (a spot at 100 stays high). */
  value: ThresholdShift | null;
  feasibility: ThresholdShift | null;
}

/**
 * For a candidate on the matrix (placed, or scored), where each threshold must go to change its
 * quadrant (the room's quadrant: placement first): above its spot when it is on the high side
 * (a spot equal to the threshold counts as high), down to its spot when it is below.
 */
export function thresholdMove(
  candidate: Pick<Candidate, 'id' | 'placement' | 'valueScores' | 'feasibilityScores'>,
  settings: WorkshopSettings,
): ThresholdMove | null {
  const spot = matrixSpot(candidate, settings);
  if (spot === null) return null;
  const t = settings.thresholds;
  const shift = (axis: 'value' | 'feasibility', at: number): ThresholdShift | null => {
    const isAbove = at >= t[axis];
    // The whole-number threshold past the spot must exist (thresholds go up to 100).
    if (isAbove && Math.floor(at) + 1 > 100) return null;
    // Just above the spot, or at it: the quadrant on the other side of that line.
    const line = isAbove ? at + 1e-6 : at;
    const to = quadrantOf(spot.y, spot.x, { ...settings, thresholds: { ...t, [axis]: line } });
    return to === null ? null : { at, isAbove, to };
  };
  return {
    candidateId: candidate.id,
    quadrant: quadrantOf(spot.y, spot.x, settings) as Quadrant,
    value: shift('value', spot.y),
    feasibility: shift('feasibility', spot.x),
  };
}

/**
 * The nearer threshold move in words, with a whole number to type: "Strategic bets if the
 * feasibility threshold rises to 63 (now 50)."; null when neither threshold can move it.
 */
export function thresholdSentence(move: ThresholdMove, settings: WorkshopSettings): string | null {
  const options = (['value', 'feasibility'] as const).flatMap((axis) => {
    const m = move[axis];
    return m === null ? [] : [{ axis, m, gap: Math.abs(m.at - settings.thresholds[axis]) }];
  });
  const nearest = options.sort((a, b) => a.gap - b.gap)[0];
  if (nearest === undefined) return null;
  const { axis, m } = nearest;
  // Thresholds are typed as whole numbers: name the first one past the spot, or the last at it.
  const how = m.isAbove ? `rises to ${Math.floor(m.at) + 1}` : `falls to ${Math.floor(m.at)}`;
  return `${QUADRANT_LABELS[m.to]} if the ${axis} threshold ${how} (now ${settings.thresholds[axis]}).`;
}

export type Robustness = 'robust' | 'sensitive' | 'fragile';

export const ROBUSTNESS_LABELS: Readonly<Record<Robustness, string>> = {
  robust: 'Robust',
  sensitive: 'Sensitive',
  fragile: 'Fragile',
};

/** The badge rules in words, as the screen and the deck print them. */
export function robustnessRules(
  topN: number,
  settings: WorkshopSettings,
): Readonly<Record<Robustness, string>> {
  const [low, , high] = gridValueShares(settings).map((a) => Math.round(a * 100));
  return {
    fragile: `Fragile: in or next to the top ${topN}, and a small change moves it: one weight changed by a quarter or less swaps it with a neighbour, or one point on one of its scores takes it into or out of the top ${topN}.`,
    sensitive: `Sensitive: not fragile, but it is in the top ${topN} in some scenarios of the grid (each weight halved or doubled, value share ${low}-${high}%) and out of it in others.`,
    robust: `Robust: neither: in the top ${topN} in every scenario of the grid, or in none, and no small change moves it.`,
  };
}

/** Why a candidate has its badge, in one line. */
export interface BadgeReason {
  robustness: Robustness;
  reason: string;
}

/**
 * The badge of each scored candidate (by id), by the rules of `robustnessRules`; without the
 * grid (still being computed), only Fragile is known and the others are left out.
 */
export function robustnessBadges(
  candidates: readonly Scorable[],
  settings: WorkshopSettings,
  topN: number,
  grid: GridResult | null,
  calls: readonly CloseCall[] = closeCalls(candidates, settings, topN),
  nudges: readonly ScoreNudge[] = scoreNudges(candidates, settings, topN),
): Map<string, BadgeReason> {
  const badges = new Map<string, BadgeReason>();
  const titles = new Map(candidates.map((c) => [c.id, c.title]));
  for (const call of calls) {
    if (!call.isClose) continue;
    const reason = closeCallSentence(call);
    for (const id of [call.aboveId, call.belowId]) {
      if (!badges.has(id)) badges.set(id, { robustness: 'fragile', reason });
    }
  }
  for (const nudge of nudges) {
    if (!nudge.crossesTop || badges.has(nudge.candidateId)) continue;
    const inOut = nudge.rank <= topN ? 'into' : 'out of';
    badges.set(nudge.candidateId, {
      robustness: 'fragile',
      reason: `${CRITERIA[nudge.criterion].label} at ${nudge.to} instead of ${nudge.from} takes ${titles.get(nudge.candidateId) ?? ''} ${inOut} the top ${topN}.`,
    });
  }
  if (grid === null) return badges;
  for (const s of grid.standings) {
    if (badges.has(s.id)) continue;
    const share = `${Math.round((100 * s.topCount) / Math.max(grid.scenarios, 1))}%`;
    const isMixed = s.topCount > 0 && s.topCount < grid.scenarios;
    badges.set(s.id, {
      robustness: isMixed ? 'sensitive' : 'robust',
      reason: isMixed
        ? `In the top ${topN} in ${share} of the scenarios; ranks ${s.bestRank} to ${s.worstRank}.`
        : `${s.topCount > 0 ? 'In' : 'Out of'} the top ${topN} in every scenario; ranks ${s.bestRank} to ${s.worstRank}.`,
    });
  }
  return badges;
}
