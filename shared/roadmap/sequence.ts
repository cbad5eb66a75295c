import type { Change } from '../domain/change.ts';
import { EFFORT_POINTS } from '../domain/criteria.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import { withComponentDependencies } from '../domain/document.ts';
import { patchesChange } from '../domain/change.ts';
import { placementPatch } from '../domain/phase-edits.ts';
import { ranksFor } from '../domain/rank.ts';
import { scoreCandidate } from '../domain/scoring.ts';
import type { Candidate } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import { horizonOf, isQuickWin } from '../domain/standing.ts';
import { compareText, sortPhases } from './common.ts';
import { buildDependencyGraph, cyclicComponents } from './graph.ts';

/** Where the suggestion puts one candidate. `phaseId` null: it stays in the backlog. */
export interface SequencePlacement {
  candidateId: string;
  phaseId: string | null;
  /** Its position in that phase (or, in the backlog, the one it already has). */
  phaseRank: string;
}

/**
 * A suggested plan. `placements` holds every candidate exactly once: phase by phase in roadmap
 * order and, inside a phase, in order (ranks 'a0', 'a1'...), then the backlog in ranking order.
 * Every candidate left in the backlog is in exactly one of `oversized`, `unplaced`, `blocked` or
 * `cyclic`, so none is dropped silently. Each list is in ranking order.
 */
export interface SequenceSuggestion {
  placements: SequencePlacement[];
  /** Bigger than every phase's capacity: left in the backlog, since no phase can hold it. */
  oversized: string[];
  /** No phase at or after its dependencies had room left (or the workshop has no phase). */
  unplaced: string[];
  /** A dependency stays in the backlog (it is unplaced, blocked or in a cycle), so it must too. */
  blocked: string[];
  /** In a dependency cycle: no order can satisfy it, so it stays in the backlog. */
  cyclic: string[];
}

/**
 * The tier of a candidate (PRODUCT.md: "prefers operational quick wins first, customer-facing
 * next, long-term/experimental last"):
 * - tier 3: long-term or experimental (domain/standing.ts `horizonOf`: the tag, or quick win for
 *   an untagged Quick-wins card) — last, whatever else it is, even an operational quick win;
 * - tier 0: an operational quick win (`isQuickWin`) — the seed's "start with internal
 *   productivity tools";
 * - tier 1: customer-facing;
 * - tier 2: everything else (untagged, operational but not a quick win).
 */
export function sequenceTier(candidate: Candidate, settings: WorkshopSettings): number {
  if (horizonOf(candidate, settings) === 'long-term' || candidate.approach === 'experimental') {
    return 3;
  }
  if (candidate.audience === 'operational' && isQuickWin(candidate, settings)) return 0;
  if (candidate.audience === 'customer-facing') return 1;
  return 2;
}

interface RankKey {
  tier: number;
  /** -1 when unscored, so that unscored candidates come last inside their tier. */
  priority: number;
  title: string;
  id: string;
}

function compareRankKeys(a: RankKey, b: RankKey): number {
  return (
    a.tier - b.tier ||
    b.priority - a.priority ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id)
  );
}

/**
 * "Suggest a sequence": a fresh plan for every candidate, built from scratch (the current plan is
 * ignored, so the result depends only on the candidates' content, never on their current phase or
 * on the order of the arrays).
 *
 * **Ranking.** Candidates are ranked by (tier — see `sequenceTier` —, priority descending with the
 * unscored last, title, id); ids are distinct, so the ranking is total. A candidate needed by a
 * better-ranked one is pulled forward to that rank ("early projects build foundational
 * capabilities others can leverage"): its effective rank is the best rank among itself and
 * everything that transitively depends on it.
 *
 * **Placement.** Candidates are taken in topological order, always the best effective rank among
 * those whose dependencies are all decided (Kahn's algorithm with a heap: O((n + e) log n)). Each
 * goes into the first phase, no earlier than the latest phase of its dependencies, that still has
 * room for its effort points, and is appended to that phase (so a dependency in the same phase
 * always comes first). With no such phase it stays in the backlog (`unplaced`), and
 * everything depending on it too (`blocked`).
 *
 * **Oversized.** A candidate bigger than every phase's capacity would break the capacity rule
 * wherever it went: it stays in the backlog, listed in `oversized` (the screen says why), and
 * whatever depends on it is `blocked`. With no phase at all nothing is oversized: everything is
 * `unplaced`.
 *
 * **Cycles.** Candidates in a dependency cycle stay in the backlog (`cyclic`), and whatever
 * depends on them (`blocked`). Dependencies on unknown candidates are ignored.
 *
 * **Backlog order.** A candidate left in the backlog keeps its current `phaseRank` (it means
 * nothing there), so that accepting the plan does not rewrite backlog records for nothing.
 */
export function suggestSequence(doc: WorkshopDocument): SequenceSuggestion {
  const settings = doc.workshop.settings;
  // Reusing a component counts as depending on the candidate that builds it.
  const candidates = withComponentDependencies(doc);
  const n = candidates.length;
  const phases = sortPhases(doc.phases);
  const graph = buildDependencyGraph(candidates);

  // Ranking.
  const keys: RankKey[] = candidates.map((c) => ({
    tier: sequenceTier(c, settings),
    priority: scoreCandidate(c, settings).priority ?? -1,
    title: c.title,
    id: c.id,
  }));
  const byRank = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    compareRankKeys(keys[a] as RankKey, keys[b] as RankKey),
  );
  const rank = new Int32Array(n);
  byRank.forEach((v, r) => {
    rank[v] = r;
  });

  // Cycles, and what can never be scheduled because it depends on one.
  const isCyclic = new Uint8Array(n);
  for (const component of cyclicComponents(graph)) for (const v of component) isCyclic[v] = 1;
  const topo = topologicalOrder(graph, isCyclic);
  const isDoomed = new Uint8Array(n);
  for (const v of topo) {
    if ((graph.dependencies[v] ?? []).some((w) => isCyclic[w] === 1 || isDoomed[w] === 1)) {
      isDoomed[v] = 1;
    }
  }
  const isSchedulable = (v: number): boolean => isCyclic[v] === 0 && isDoomed[v] === 0;

  // Effective rank: pulled forward by what depends on it (dependents come later in `topo`).
  const effective = Int32Array.from(rank);
  for (let k = topo.length - 1; k >= 0; k -= 1) {
    const v = topo[k] ?? 0;
    if (!isSchedulable(v)) continue;
    for (const w of graph.dependents[v] ?? []) {
      if (isSchedulable(w)) effective[v] = Math.min(effective[v] ?? 0, effective[w] ?? 0);
    }
  }

  // Placement.
  const phaseOf = new Int32Array(n).fill(-1);
  const used = phases.map(() => 0);
  const held: number[][] = phases.map(() => []);
  const maxCapacity = phases.reduce((max, p) => Math.max(max, p.capacity), -Infinity);
  const oversized: number[] = [];
  const unplaced: number[] = [];
  const blocked: number[] = [];
  const waiting = new Int32Array(n);
  const ready = new MinHeap(
    (a, b) => (effective[a] ?? 0) - (effective[b] ?? 0) || (rank[a] ?? 0) - (rank[b] ?? 0),
  );
  for (let v = 0; v < n; v += 1) {
    if (!isSchedulable(v)) continue;
    waiting[v] = (graph.dependencies[v] ?? []).length;
    if (waiting[v] === 0) ready.push(v);
  }
  for (let v = ready.pop(); v !== undefined; v = ready.pop()) {
    const candidate = candidates[v] as Candidate;
    const effort = EFFORT_POINTS[candidate.effort];
    const deps = graph.dependencies[v] ?? [];
    if (deps.some((w) => phaseOf[w] === -1)) {
      blocked.push(v);
    } else if (effort > maxCapacity && phases.length > 0) {
      // No phase can hold it without breaking its capacity: it stays in the backlog, and says why.
      oversized.push(v);
    } else {
      const earliest = deps.reduce((max, w) => Math.max(max, phaseOf[w] ?? 0), 0);
      const p = choosePhase(effort, earliest, phases, used);
      if (p === -1) unplaced.push(v);
      else {
        phaseOf[v] = p;
        used[p] = (used[p] ?? 0) + effort;
        held[p]?.push(v);
      }
    }
    for (const w of graph.dependents[v] ?? []) {
      if (!isSchedulable(w)) continue;
      waiting[w] = (waiting[w] ?? 0) - 1;
      if (waiting[w] === 0) ready.push(w);
    }
  }

  const inRankOrder = (list: number[]): string[] =>
    list.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0)).map((v) => graph.ids[v] ?? '');
  const placements: SequencePlacement[] = [];
  phases.forEach((phase, p) => {
    const column = held[p] ?? [];
    const ranks = ranksFor(column.length);
    column.forEach((v, k) => {
      placements.push({
        candidateId: graph.ids[v] ?? '',
        phaseId: phase.id,
        phaseRank: ranks[k] ?? '',
      });
    });
  });
  for (const v of byRank) {
    if (phaseOf[v] !== -1) continue;
    placements.push({
      candidateId: graph.ids[v] ?? '',
      phaseId: null,
      phaseRank: candidates[v]?.phaseRank ?? '',
    });
  }
  const cyclic = byRank.filter((v) => isCyclic[v] === 1);
  const doomed = byRank.filter((v) => isDoomed[v] === 1 && isCyclic[v] === 0);
  return {
    placements,
    oversized: inRankOrder(oversized),
    unplaced: inRankOrder(unplaced),
    blocked: inRankOrder([...blocked, ...doomed]),
    cyclic: inRankOrder(cyclic),
  };
}

/** The phase index for a candidate of `effort` points, no earlier than `earliest`; -1 for none. */
function choosePhase(
  effort: number,
  earliest: number,
  phases: ReadonlyArray<{ capacity: number }>,
  used: readonly number[],
): number {
  for (let p = earliest; p < phases.length; p += 1) {
    if ((used[p] ?? 0) + effort <= (phases[p]?.capacity ?? 0)) return p;
  }
  return -1;
}

/** The non-cyclic candidates, every one after all its non-cyclic dependencies (Kahn). */
function topologicalOrder(
  graph: ReturnType<typeof buildDependencyGraph>,
  isCyclic: Uint8Array,
): number[] {
  const n = graph.ids.length;
  const waiting = new Int32Array(n);
  const order: number[] = [];
  for (let v = 0; v < n; v += 1) {
    if (isCyclic[v] === 1) continue;
    waiting[v] = (graph.dependencies[v] ?? []).filter((w) => isCyclic[w] === 0).length;
    if (waiting[v] === 0) order.push(v);
  }
  for (let head = 0; head < order.length; head += 1) {
    for (const w of graph.dependents[order[head] ?? 0] ?? []) {
      if (isCyclic[w] === 1) continue;
      waiting[w] = (waiting[w] ?? 0) - 1;
      if (waiting[w] === 0) order.push(w);
    }
  }
  return order;
}

/** A binary min-heap of candidate indexes. */
class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly compare: (a: number, b: number) => number) {}

  push(item: number): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i] ?? 0, items[parent] ?? 0) >= 0) break;
      [items[i], items[parent]] = [items[parent] ?? 0, items[i] ?? 0];
      i = parent;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && this.compare(items[left] ?? 0, items[smallest] ?? 0) < 0) {
        smallest = left;
      }
      if (right < items.length && this.compare(items[right] ?? 0, items[smallest] ?? 0) < 0) {
        smallest = right;
      }
      if (smallest === i) return top;
      [items[i], items[smallest]] = [items[smallest] ?? 0, items[i] ?? 0];
      i = smallest;
    }
  }
}

/**
 * Accepting a suggestion: one Change that patches only the candidates whose `phaseId` or
 * `phaseRank` differ from the suggestion (one undo step). The suggestion must be of this
 * document; placements naming a candidate that is not in it are skipped.
 */
export function applySequence(doc: WorkshopDocument, suggestion: SequenceSuggestion): Change {
  const byId = new Map(doc.candidates.map((c) => [c.id, c]));
  return patchesChange(
    'candidates',
    suggestion.placements.map(({ candidateId, phaseId, phaseRank }) => {
      const c = byId.get(candidateId);
      return c === undefined ? null : placementPatch(c, phaseId, phaseRank);
    }),
  );
}
