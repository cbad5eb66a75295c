import { EFFORT_POINTS } from '../domain/criteria.ts';
import { compareRanks } from '../domain/rank.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import { withComponentDependencies } from '../domain/document.ts';
import { scoreCandidate } from '../domain/scoring.ts';
import type { Candidate } from '../records/candidate.ts';
import type { Phase } from '../records/phase.ts';
import { isQuickWin } from '../domain/standing.ts';
import { GOVERNANCE_AREA_LABELS, GOVERNANCE_AREAS } from '../records/governance.ts';
import type { GovernanceItem } from '../records/governance.ts';
import {
  areaReadiness,
  ethicalReviewStatus,
  firstOpenItem,
  formatReadiness,
} from '../scale/readiness.ts';
import { compareText, quoted, sortPhases } from './common.ts';
import { buildDependencyGraph, cycleThrough, cyclicComponents } from './graph.ts';

export const ROADMAP_RULES = [
  'dependency-order',
  'dependency-cycle',
  'capacity',
  'momentum',
  'governance-gate',
  'readiness-gate',
  'sequencing-hint',
] as const;
export type RoadmapRule = (typeof ROADMAP_RULES)[number];

export const ROADMAP_SEVERITIES = ['error', 'warning', 'hint'] as const;
export type RoadmapSeverity = (typeof ROADMAP_SEVERITIES)[number];

/** One finding of the roadmap checks, with a sentence that says what to do. */
export interface RoadmapIssue {
  /** Stable across edits of titles and names: rule + the ids involved, e.g. `dependency-order:c1:c2`. */
  id: string;
  rule: RoadmapRule;
  severity: RoadmapSeverity;
  /** One sentence naming the candidates and phases, and what to do. */
  message: string;
  candidateIds: string[];
  phaseIds: string[];
  /** The governance cell that resolves it (the gates): where "Go to the checklist" takes the user. */
  cell?: { candidateId: string; item: GovernanceItem };
}

const SEVERITY_OF: Readonly<Record<RoadmapRule, RoadmapSeverity>> = {
  'dependency-order': 'error',
  'dependency-cycle': 'error',
  capacity: 'warning',
  momentum: 'warning',
  'governance-gate': 'warning',
  'readiness-gate': 'warning',
  'sequencing-hint': 'hint',
};

/** Where each scheduled candidate sits: its phase and that phase's rank in the roadmap. */
interface Slot {
  phase: Phase;
  rank: number;
}

/**
 * The roadmap checks of PRODUCT.md ("Roadmap"), as a pure function of the document:
 *
 * 1. **dependency-order** (error): a scheduled candidate depends on one that is in a later phase,
 *    or in the backlog. Inside one phase, it is an error only when the dependency has a higher
 *    `phaseRank` (it is listed below the candidate); an equal `phaseRank` is fine, since the
 *    room cannot see an order there. Edges inside a dependency cycle are left to the cycle error:
 *    no order could satisfy them. Dependencies on unknown candidates are ignored.
 * 2. **dependency-cycle** (error): candidates that depend on each other in a circle, over the
 *    whole workshop (backlog included), found with an iterative Tarjan. The message names one
 *    cycle in order, "“A” → “B” → “C” → “A”" (the arrow reads "depends on"), starting from the
 *    candidate with the smallest id; `candidateIds` lists that cycle first, then any other
 *    candidate tangled in the same knot.
 * 3. **capacity** (warning): a phase's effort points above its capacity.
 * 4. **momentum** (warning): the first phase holds no quick win (domain/standing.ts `isQuickWin`:
 *    its horizon is quick win, or it is untagged and the room put it in Quick wins). Only raised once
 *    something is scheduled, so that an empty roadmap at the start of a session is quiet.
 * 5. **governance-gate** (warning): a scheduled customer-facing candidate whose ethical review
 *    (scale/readiness.ts `ethicalReviewStatus`) is neither done nor n/a.
 * 6. **readiness-gate** (warning): a scheduled candidate whose readiness in an area
 *    (scale/readiness.ts `areaReadiness`) is below what its phase's gate asks; an area where no item
 *    applies passes. One issue per candidate and area.
 * 7. **sequencing-hint** (hint): a long-term AND experimental candidate in the first phase.
 *
 * Phases are ranked by `order` (ties by id); a candidate whose `phaseId` names no phase counts as
 * in the backlog. The result is sorted by severity, rule (in the order above), the rank of the
 * issue's first phase (no phase last), the title of its first candidate, then its id.
 */
export function checkRoadmap(doc: WorkshopDocument): RoadmapIssue[] {
  // Reusing a component counts as depending on the candidate that builds it.
  const candidates = withComponentDependencies(doc);
  const declared = new Map(doc.candidates.map((c) => [c.id, new Set(c.dependencies)]));
  const phases = sortPhases(doc.phases);
  const rankOf = new Map(phases.map((p, rank) => [p.id, rank]));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const slotOf = new Map<string, Slot>();
  const inPhase = new Map<string, Candidate[]>(phases.map((p) => [p.id, []]));
  for (const c of candidates) {
    const phase = c.phaseId === null ? undefined : phases[rankOf.get(c.phaseId) ?? -1];
    if (phase === undefined) continue;
    slotOf.set(c.id, { phase, rank: rankOf.get(phase.id) ?? 0 });
    inPhase.get(phase.id)?.push(c);
  }

  const issues: RoadmapIssue[] = [];
  const add = (issue: Omit<RoadmapIssue, 'severity'>): void => {
    issues.push({ ...issue, severity: SEVERITY_OF[issue.rule] });
  };

  const graph = buildDependencyGraph(candidates);
  const cycles = cyclicComponents(graph);
  const cycleOf = new Map<string, number>();
  cycles.forEach((component, k) => {
    for (const i of component) cycleOf.set(graph.ids[i] ?? '', k);
  });

  // 1. Dependency order.
  for (const c of candidates) {
    const slot = slotOf.get(c.id);
    if (slot === undefined) continue;
    for (const depId of new Set(c.dependencies)) {
      const dep = byId.get(depId);
      if (dep === undefined || dep.id === c.id) continue;
      const cycle = cycleOf.get(c.id);
      if (cycle !== undefined && cycle === cycleOf.get(dep.id)) continue;
      const isViaComponent = declared.get(c.id)?.has(dep.id) !== true;
      const message = dependencyOrderMessage(c, slot, dep, slotOf.get(dep.id), isViaComponent);
      if (message === null) continue;
      const depPhase = slotOf.get(dep.id)?.phase;
      add({
        id: `dependency-order:${c.id}:${dep.id}`,
        rule: 'dependency-order',
        message,
        candidateIds: [c.id, dep.id],
        phaseIds:
          depPhase === undefined || depPhase === slot.phase
            ? [slot.phase.id]
            : [slot.phase.id, depPhase.id],
      });
    }
  }

  // 2. Dependency cycles.
  for (const component of cycles) {
    const start = component[0] ?? 0;
    const cycle = cycleThrough(graph, component, start);
    const inCycle = new Set(cycle);
    const members = [...cycle, ...component.filter((i) => !inCycle.has(i))].map(
      (i) => candidates[i] as Candidate,
    );
    const names = [...cycle, start].map((i) => quoted(candidates[i]?.title ?? '')).join(' → ');
    const others = members.length - cycle.length;
    const tangled =
      others === 0
        ? ''
        : ` (${others} more ${others === 1 ? 'candidate is' : 'candidates are'} caught in the same knot)`;
    add({
      id: `dependency-cycle:${graph.ids[start] ?? ''}`,
      rule: 'dependency-cycle',
      message: `${names} depend on each other in a circle${tangled}: remove one of these dependencies so that the candidates can be put in order.`,
      candidateIds: members.map((c) => c.id),
      phaseIds: distinctPhaseIds(members, slotOf),
    });
  }

  // 3. Capacity.
  phases.forEach((phase, rank) => {
    const held = inPhase.get(phase.id) ?? [];
    const effort = held.reduce((sum, c) => sum + EFFORT_POINTS[c.effort], 0);
    if (effort <= phase.capacity) return;
    const elsewhere = rank === phases.length - 1 ? 'the backlog' : 'a later phase';
    add({
      id: `capacity:${phase.id}`,
      rule: 'capacity',
      message: `${phase.name} holds ${effort} effort points, ${effort - phase.capacity} over its capacity of ${phase.capacity}: move a candidate to ${elsewhere} or raise the capacity.`,
      candidateIds: sortByPhaseRank(held).map((c) => c.id),
      phaseIds: [phase.id],
    });
  });

  // 4. Momentum.
  const first = phases[0];
  const settings = doc.workshop.settings;
  if (first !== undefined && slotOf.size > 0) {
    const scoredQuickWin = (c: Candidate): number | null => {
      if (!isQuickWin(c, settings)) return null;
      return scoreCandidate(c, settings).priority ?? -1;
    };
    const held = inPhase.get(first.id) ?? [];
    if (!held.some((c) => scoredQuickWin(c) !== null)) {
      const best = bestQuickWinOutside(candidates, first.id, scoredQuickWin);
      add({
        id: `momentum:${first.id}`,
        rule: 'momentum',
        message:
          best === null
            ? `${first.name} holds no quick-win project, and no candidate is one yet: tag or place a quick win and schedule it there to keep momentum.`
            : `${first.name} holds no quick-win project: move one such as ${quoted(best.title)} into it to keep momentum.`,
        candidateIds: best === null ? [] : [best.id],
        phaseIds: [first.id],
      });
    }
  }

  // 5. Governance gate.
  for (const c of candidates) {
    const slot = slotOf.get(c.id);
    if (slot === undefined || c.audience !== 'customer-facing') continue;
    const status = ethicalReviewStatus(c.governance);
    if (status === 'done' || status === 'n/a') continue;
    const state = status === 'in-progress' ? 'is still in progress' : 'has not started';
    const item = firstOpenItem(c.governance, 'ethics');
    add({
      id: `governance-gate:${c.id}`,
      rule: 'governance-gate',
      message: `${quoted(c.title)} (${slot.phase.name}) is customer-facing and its ethical review ${state}: complete the review before it reaches customers, or mark its items not applicable.`,
      candidateIds: [c.id],
      phaseIds: [slot.phase.id],
      ...(item === null ? {} : { cell: { candidateId: c.id, item } }),
    });
  }

  // 6. Readiness gates.
  for (const c of candidates) {
    const slot = slotOf.get(c.id);
    if (slot === undefined) continue;
    for (const area of GOVERNANCE_AREAS) {
      const needed = slot.phase.readinessGate[area];
      const readiness = areaReadiness(c.governance, area);
      if (needed === null || readiness.percent === null || readiness.percent >= needed) continue;
      const item = firstOpenItem(c.governance, area);
      const areaName = GOVERNANCE_AREA_LABELS[area].toLowerCase();
      add({
        id: `readiness-gate:${c.id}:${area}`,
        rule: 'readiness-gate',
        message: `${quoted(c.title)} has ${areaName} at ${formatReadiness(readiness)}; ${slot.phase.name} needs at least ${needed}%: complete its ${areaName} items, or move it to a later phase.`,
        candidateIds: [c.id],
        phaseIds: [slot.phase.id],
        ...(item === null ? {} : { cell: { candidateId: c.id, item } }),
      });
    }
  }

  // 7. Sequencing hint.
  if (first !== undefined) {
    for (const c of inPhase.get(first.id) ?? []) {
      if (c.horizon !== 'long-term' || c.approach !== 'experimental') continue;
      add({
        id: `sequencing-hint:${c.id}`,
        rule: 'sequencing-hint',
        message: `${quoted(c.title)} is a long-term experiment in ${first.name}: consider a later phase, where it can build on what the foundation delivers.`,
        candidateIds: [c.id],
        phaseIds: [first.id],
      });
    }
  }

  return sortIssues(issues, rankOf, byId);
}

function dependencyOrderMessage(
  c: Candidate,
  slot: Slot,
  dep: Candidate,
  depSlot: Slot | undefined,
  isViaComponent: boolean,
): string | null {
  const who = quoted(c.title);
  const what = quoted(dep.title);
  // "depends on" reads the same whether declared or through a reused component; say which.
  const dependsOn = isViaComponent ? 'reuses a component built by' : 'depends on';
  const here = slot.phase.name;
  const orEarlier = slot.rank === 0 ? '' : ' or earlier';
  if (depSlot === undefined) {
    return `${who} (${here}) ${dependsOn} ${what}, which is still in the backlog: schedule ${what} in ${here}${orEarlier}, or move ${who} back to the backlog.`;
  }
  if (depSlot.rank > slot.rank) {
    return `${who} (${here}) ${dependsOn} ${what}, which is in ${depSlot.phase.name}: move ${what} to ${here}${orEarlier}, or move ${who} to ${depSlot.phase.name} or later.`;
  }
  if (depSlot.rank === slot.rank && compareRanks(dep.phaseRank, c.phaseRank) > 0) {
    return `${who} ${dependsOn} ${what}, which comes after it in ${here}: move ${what} above ${who}.`;
  }
  return null;
}

function bestQuickWinOutside(
  candidates: readonly Candidate[],
  firstPhaseId: string,
  scoredQuickWin: (c: Candidate) => number | null,
): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    if (c.phaseId === firstPhaseId) continue;
    const score = scoredQuickWin(c);
    if (score === null) continue;
    const isBetter =
      best === null ||
      score > bestScore ||
      (score === bestScore && (compareText(c.title, best.title) || compareText(c.id, best.id)) < 0);
    if (isBetter) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function distinctPhaseIds(members: readonly Candidate[], slotOf: Map<string, Slot>): string[] {
  const slots = new Map<string, number>();
  for (const c of members) {
    const slot = slotOf.get(c.id);
    if (slot !== undefined) slots.set(slot.phase.id, slot.rank);
  }
  return [...slots].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

function sortByPhaseRank(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort(
    (a, b) => compareRanks(a.phaseRank, b.phaseRank) || compareText(a.id, b.id),
  );
}

function sortIssues(
  issues: RoadmapIssue[],
  rankOf: ReadonlyMap<string, number>,
  byId: ReadonlyMap<string, Candidate>,
): RoadmapIssue[] {
  const severityRank = (s: RoadmapSeverity): number => ROADMAP_SEVERITIES.indexOf(s);
  const ruleRank = (r: RoadmapRule): number => ROADMAP_RULES.indexOf(r);
  const phaseRank = (i: RoadmapIssue): number =>
    i.phaseIds[0] === undefined ? Infinity : (rankOf.get(i.phaseIds[0]) ?? Infinity);
  const title = (i: RoadmapIssue): string =>
    i.candidateIds[0] === undefined ? '' : (byId.get(i.candidateIds[0])?.title ?? '');
  return issues.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      ruleRank(a.rule) - ruleRank(b.rule) ||
      compareNumbers(phaseRank(a), phaseRank(b)) ||
      compareText(title(a), title(b)) ||
      compareText(a.id, b.id),
  );
}

/** a - b that treats two Infinity as equal (Infinity - Infinity is NaN). */
function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
