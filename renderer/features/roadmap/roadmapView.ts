/**
 * What the roadmap shows, as flat values computed once per document change: a view per card, the
 * columns' keys and cards, who depends on whom, and which checks name which card or phase.
 */
import { EFFORT_POINTS } from '../../../shared/domain/criteria.ts';
import type { Effort } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { withComponentDependencies } from '../../../shared/domain/document.ts';
import { standingOf } from '../../../shared/domain/standing.ts';
import { roadmapColumns } from '../../../shared/domain/phase-edits.ts';
import type { Quadrant } from '../../../shared/domain/scoring.ts';
import type { RoadmapIssue, RoadmapRule, RoadmapSeverity } from '../../../shared/roadmap/checks.ts';
import { ROADMAP_SEVERITIES } from '../../../shared/roadmap/checks.ts';
import type { Phase } from '../../../shared/records/phase.ts';

/** Droppable ids hold a colon, which no record id may, so they never clash with a card's id. */
export const BACKLOG_KEY = 'backlog:';
const PHASE_PREFIX = 'phase:';

export function phaseKey(phaseId: string): string {
  return `${PHASE_PREFIX}${phaseId}`;
}

export function isColumnKey(id: string): boolean {
  return id === BACKLOG_KEY || id.startsWith(PHASE_PREFIX);
}

/** The DOM id of a column's list area, where the keyboard shows a card entering an empty column. */
export function columnDropId(key: string): string {
  return `roadmap-drop-${key.replace(':', '-')}`;
}

/** The phase a column key stands for; null for the backlog. */
export function phaseIdOfKey(key: string): string | null {
  return key.startsWith(PHASE_PREFIX) ? key.slice(PHASE_PREFIX.length) : null;
}

/** The card ids of each column, by column key, top to bottom. */
export type ColumnItems = Readonly<Record<string, readonly string[]>>;

export interface RoadmapCardView {
  id: string;
  title: string;
  effort: Effort;
  points: number;
  /** Where it stands on the matrix (placed or scored); null while it is in the matrix's tray. */
  quadrant: Quadrant | null;
  /** Where its scores put it, when the room placed it in another quadrant. */
  scoredElsewhere: Quadrant | null;
  /** How many candidates it depends on (reused components included), and how many need it. */
  dependsOn: number;
  neededBy: number;
  /** The worst check on this card; null when none names it. */
  severity: RoadmapSeverity | null;
  /** The messages of those checks, for the card's description. */
  issueText: string;
}

export interface ColumnHead {
  key: string;
  /** null for the backlog. */
  phase: Phase | null;
  name: string;
  /** Checks about the phase as a whole (capacity, momentum). */
  issues: RoadmapIssue[];
}

/** Checks that point at cards; capacity and momentum are about a phase and mark its header. */
const CARD_RULES: ReadonlySet<RoadmapRule> = new Set<RoadmapRule>([
  'dependency-order',
  'dependency-cycle',
  'governance-gate',
  'sequencing-hint',
]);

export function isCardIssue(issue: RoadmapIssue): boolean {
  return CARD_RULES.has(issue.rule);
}

export interface DependencyIndex {
  dependsOn: ReadonlyMap<string, readonly string[]>;
  neededBy: ReadonlyMap<string, readonly string[]>;
}

/** Who depends on whom, reusing a component counting as depending on who builds it. */
export function buildDependencyIndex(doc: WorkshopDocument): DependencyIndex {
  const known = new Set(doc.candidates.map((c) => c.id));
  const dependsOn = new Map<string, string[]>();
  const neededBy = new Map<string, string[]>();
  for (const c of withComponentDependencies(doc)) {
    const deps = [...new Set(c.dependencies)].filter((d) => d !== c.id && known.has(d));
    dependsOn.set(c.id, deps);
    for (const d of deps) neededBy.set(d, [...(neededBy.get(d) ?? []), c.id]);
  }
  return { dependsOn, neededBy };
}

function worst(severities: readonly RoadmapSeverity[]): RoadmapSeverity | null {
  return ROADMAP_SEVERITIES.find((s) => severities.includes(s)) ?? null;
}

/** A view per card, by id. */
export function buildCardViews(
  doc: WorkshopDocument,
  issues: readonly RoadmapIssue[],
  index: DependencyIndex,
): Map<string, RoadmapCardView> {
  const settings = doc.workshop.settings;
  const byCard = new Map<string, RoadmapIssue[]>();
  for (const issue of issues) {
    if (!isCardIssue(issue)) continue;
    for (const id of new Set(issue.candidateIds))
      byCard.set(id, [...(byCard.get(id) ?? []), issue]);
  }
  return new Map(
    doc.candidates.map((c) => {
      const own = byCard.get(c.id) ?? [];
      const standing = standingOf(c, settings);
      const view: RoadmapCardView = {
        id: c.id,
        title: c.title,
        effort: c.effort,
        points: EFFORT_POINTS[c.effort],
        quadrant: standing.quadrant,
        scoredElsewhere: standing.isScoredElsewhere ? standing.scoredQuadrant : null,
        dependsOn: index.dependsOn.get(c.id)?.length ?? 0,
        neededBy: index.neededBy.get(c.id)?.length ?? 0,
        severity: worst(own.map((i) => i.severity)),
        issueText: own.map((i) => i.message).join(' '),
      };
      return [c.id, view];
    }),
  );
}

/** The columns' heads (backlog first) and their cards, as the stored order says. */
export function buildColumns(
  doc: WorkshopDocument,
  issues: readonly RoadmapIssue[],
): { heads: ColumnHead[]; items: ColumnItems } {
  const columns = roadmapColumns(doc);
  const heads: ColumnHead[] = [{ key: BACKLOG_KEY, phase: null, name: 'Backlog', issues: [] }];
  const items: Record<string, string[]> = { [BACKLOG_KEY]: columns.backlog.map((c) => c.id) };
  for (const { phase, candidates } of columns.phases) {
    const key = phaseKey(phase.id);
    heads.push({
      key,
      phase,
      name: phase.name,
      issues: issues.filter((i) => !isCardIssue(i) && i.phaseIds.includes(phase.id)),
    });
    items[key] = candidates.map((c) => c.id);
  }
  return { heads, items };
}

/** How a card relates to the selected one. */
export type Relation = 'selected' | 'prerequisite' | 'dependent';

/** The selected card, what it depends on (prerequisites) and what depends on it (dependents). */
export function relationsOf(
  selectedId: string | null,
  index: DependencyIndex,
): ReadonlyMap<string, Relation> {
  const relations = new Map<string, Relation>();
  if (selectedId === null) return relations;
  for (const id of index.dependsOn.get(selectedId) ?? []) relations.set(id, 'prerequisite');
  for (const id of index.neededBy.get(selectedId) ?? []) relations.set(id, 'dependent');
  relations.set(selectedId, 'selected');
  return relations;
}
