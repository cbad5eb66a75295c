/**
 * Scenarios side by side: what the ranking, the quadrants, "Suggest a sequence" and the
 * portfolio balance would be under each one. A scenario is applied to a copy of the document
 * (`scenarioDocument`) and every figure comes from the rule the screens use for it.
 */
import type { WorkshopDocument } from '../domain/document.ts';
import type { Quadrant } from '../domain/scoring.ts';
import { roomQuadrant } from '../domain/standing.ts';
import { scenarioDocument } from '../domain/scenario-edits.ts';
import type { Scenario } from '../records/scenario.ts';
import type { BalanceDimension } from '../roadmap/balance.ts';
import { BALANCE_DIMENSIONS, portfolioBalance } from '../roadmap/balance.ts';
import { suggestSequence } from '../roadmap/sequence.ts';
import { rankCandidates } from './grid.ts';

/** Scenarios in the order they were made (then by id): the list, the comparison and the deck. */
export function sortScenarios(scenarios: readonly Scenario[]): Scenario[] {
  return [...scenarios].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
  );
}

/** One column of the comparison: the workshop as it is, or under a scenario. */
export interface ScenarioColumn {
  /** The scenario's id; null for the workshop's own settings. */
  id: string | null;
  name: string;
  /** Ids of the top N, in rank order. */
  top: string[];
  quadrants: ReadonlyMap<string, Quadrant | null>;
  /** The phase "Suggest a sequence" gives each candidate; null: the backlog. */
  phases: ReadonlyMap<string, string | null>;
  /** Share (percent, by count) of the first side of each balance dimension on the suggested roadmap. */
  balance: Readonly<Record<BalanceDimension, number | null>>;
}

export interface ScenarioComparison {
  topN: number;
  columns: ScenarioColumn[];
  /** Candidates in the top N under some columns and not others, with their rank in each (null: not in it). */
  topChanges: Array<{ candidateId: string; title: string; ranks: Array<number | null> }>;
  /** Candidates whose quadrant differs between columns. */
  quadrantChanges: Array<{ candidateId: string; title: string; quadrants: Array<Quadrant | null> }>;
  /** Candidates the suggested sequence puts in different phases (phase ids; null: the backlog). */
  phaseChanges: Array<{ candidateId: string; title: string; phases: Array<string | null> }>;
}

function columnOf(
  doc: WorkshopDocument,
  id: string | null,
  name: string,
  topN: number,
): ScenarioColumn {
  const settings = doc.workshop.settings;
  const top = rankCandidates(doc.candidates, settings)
    .slice(0, topN)
    .map((r) => r.candidate.id);
  const suggestion = suggestSequence(doc);
  const phases = new Map(suggestion.placements.map((p) => [p.candidateId, p.phaseId]));
  const planned = doc.candidates.map((c) => ({ ...c, phaseId: phases.get(c.id) ?? null }));
  const roadmap = portfolioBalance(planned, doc.phases, settings).roadmap;
  const balance = Object.fromEntries(
    BALANCE_DIMENSIONS.map((d) => [
      d,
      roadmap.dimensions.find((x) => x.dimension === d)?.shareByCount ?? null,
    ]),
  ) as Record<BalanceDimension, number | null>;
  return {
    id,
    name,
    top,
    quadrants: new Map(doc.candidates.map((c) => [c.id, roomQuadrant(c, settings)])),
    phases,
    balance,
  };
}

/**
 * The workshop's own settings (when `withCurrent`) and each scenario, side by side: who enters or
 * leaves the top N, who changes quadrant, where the suggested sequence moves whom, and the
 * balance of each suggested roadmap. N is the workshop's.
 */
export function compareScenarios(
  doc: WorkshopDocument,
  scenarios: readonly Scenario[],
  withCurrent = true,
): ScenarioComparison {
  const topN = doc.workshop.settings.sensitivityTopN;
  const columns = [
    ...(withCurrent ? [columnOf(doc, null, 'Current settings', topN)] : []),
    ...scenarios.map((s) => columnOf(scenarioDocument(doc, s), s.id, s.name, topN)),
  ];
  const differs = <T>(values: readonly T[]) => values.some((v) => v !== values[0]);
  const topChanges = [];
  const quadrantChanges = [];
  const phaseChanges = [];
  for (const c of doc.candidates) {
    const ranks = columns.map((col) => {
      const i = col.top.indexOf(c.id);
      return i === -1 ? null : i + 1;
    });
    if (differs(ranks.map((r) => r !== null)))
      topChanges.push({ candidateId: c.id, title: c.title, ranks });
    const quadrants = columns.map((col) => col.quadrants.get(c.id) ?? null);
    if (differs(quadrants)) quadrantChanges.push({ candidateId: c.id, title: c.title, quadrants });
    const phases = columns.map((col) => col.phases.get(c.id) ?? null);
    if (differs(phases)) phaseChanges.push({ candidateId: c.id, title: c.title, phases });
  }
  const byTitle = (
    a: { title: string; candidateId: string },
    b: { title: string; candidateId: string },
  ) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.candidateId < b.candidateId ? -1 : 1);
  return {
    topN,
    columns,
    topChanges: topChanges.sort(byTitle),
    quadrantChanges: quadrantChanges.sort(byTitle),
    phaseChanges: phaseChanges.sort(byTitle),
  };
}
