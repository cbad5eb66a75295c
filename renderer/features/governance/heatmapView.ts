/**
 * What the Governance screen shows, as a pure function of the document: the candidates (filtered
 * by phase, sorted) with their readiness, and how a state reads in colour, symbol and words.
 */
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { compareRanks } from '../../../shared/domain/rank.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import type { GovernanceArea, GovernanceState } from '../../../shared/records/governance.ts';
import { GOVERNANCE_AREAS } from '../../../shared/records/governance.ts';
import { compareText, sortPhases } from '../../../shared/roadmap/common.ts';
import type { Readiness } from '../../../shared/scale/readiness.ts';
import { areaReadiness, overallReadiness } from '../../../shared/scale/readiness.ts';

/** The keys 1-4 set these states, in this order; the symbols read in black and white. */
export const STATE_KEYS: readonly GovernanceState[] = ['not-started', 'in-progress', 'done', 'n/a'];

/** "all", "backlog", or a phase id. */
export type PhaseFilter = string;
export type HeatmapSort = 'list' | 'readiness-asc' | 'readiness-desc';

export interface HeatmapRow {
  candidate: Candidate;
  /** The phase it is scheduled in, or null (backlog). */
  phaseName: string | null;
  overall: Readiness;
  areas: Readonly<Record<GovernanceArea, Readiness>>;
}

export interface PhaseOption {
  value: PhaseFilter;
  label: string;
}

export function phaseOptions(doc: WorkshopDocument): PhaseOption[] {
  return [
    { value: 'all', label: 'All candidates' },
    ...sortPhases(doc.phases).map((p) => ({ value: p.id, label: p.name })),
    { value: 'backlog', label: 'Backlog (not scheduled)' },
  ];
}

/** Readiness for sorting: null (nothing applies) sorts after every number. */
function sortable(r: Readiness, isAscending: boolean): number {
  return r.percent ?? (isAscending ? Infinity : -Infinity);
}

/**
 * The rows of the heatmap. In list order: scheduled candidates by phase and position, then the
 * backlog by title. By readiness: lowest (or highest) first, ties by title then id.
 */
export function heatmapRows(
  doc: WorkshopDocument,
  filter: PhaseFilter,
  sort: HeatmapSort,
): HeatmapRow[] {
  const phases = sortPhases(doc.phases);
  const rank = new Map(phases.map((p, i) => [p.id, i]));
  const nameOf = new Map(phases.map((p) => [p.id, p.name]));
  const phaseOf = (c: Candidate) => (c.phaseId !== null && rank.has(c.phaseId) ? c.phaseId : null);
  const rows = doc.candidates
    .filter((c) => {
      if (filter === 'all') return true;
      const phase = phaseOf(c);
      return filter === 'backlog' ? phase === null : phase === filter;
    })
    .map((candidate): HeatmapRow => {
      const phase = phaseOf(candidate);
      const areas = Object.fromEntries(
        GOVERNANCE_AREAS.map((a) => [a, areaReadiness(candidate.governance, a)]),
      ) as Record<GovernanceArea, Readiness>;
      return {
        candidate,
        phaseName: phase === null ? null : (nameOf.get(phase) ?? null),
        overall: overallReadiness(candidate.governance),
        areas,
      };
    });
  const byTitle = (a: HeatmapRow, b: HeatmapRow) =>
    compareText(a.candidate.title, b.candidate.title) ||
    compareText(a.candidate.id, b.candidate.id);
  if (sort === 'list') {
    const place = (r: HeatmapRow) => {
      const phase = phaseOf(r.candidate);
      return phase === null ? Infinity : (rank.get(phase) ?? Infinity);
    };
    return rows.sort(
      (a, b) =>
        place(a) - place(b) ||
        (place(a) === Infinity
          ? byTitle(a, b)
          : compareRanks(a.candidate.phaseRank, b.candidate.phaseRank) || byTitle(a, b)),
    );
  }
  const isAscending = sort === 'readiness-asc';
  return rows.sort((a, b) => {
    const x = sortable(a.overall, isAscending);
    const y = sortable(b.overall, isAscending);
    return (x === y ? 0 : isAscending ? (x < y ? -1 : 1) : x > y ? -1 : 1) || byTitle(a, b);
  });
}
