/**
 * Everything the sections read, computed once per deck from the workshop document with the same
 * domain functions the app's screens use (scores, roadmap checks, balance, duplication), so the
 * deck never tells a different story from the app.
 */
import { compareRanks } from '../domain/rank.ts';
import type { WorkshopDocument } from '../domain/document.ts';
import { matrixSpot, placementMismatch } from '../domain/matrix.ts';
import type { Quadrant, Scored } from '../domain/scoring.ts';
import { compareByPriority, QUADRANTS, scoreCandidate } from '../domain/scoring.ts';
import type { Candidate, Placement } from '../records/candidate.ts';
import type { Phase } from '../records/phase.ts';
import type { Snapshot } from '../records/snapshot.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import type { DepartmentShare, PortfolioBalance } from '../roadmap/balance.ts';
import { departmentSpread, portfolioBalance } from '../roadmap/balance.ts';
import type { RoadmapIssue } from '../roadmap/checks.ts';
import { checkRoadmap } from '../roadmap/checks.ts';
import { compareText, sortPhases } from '../roadmap/common.ts';
import type { Duplication, Reuse } from '../roadmap/duplication.ts';
import { findDuplication, reuseOverview } from '../roadmap/duplication.ts';
import { standingOf } from '../domain/standing.ts';
import type { Standing } from '../domain/standing.ts';

/** A candidate with its figures and its place in the ranking. */
export interface RankedCandidate {
  candidate: Candidate;
  scored: Scored;
  /** 1-based position in the ranking; the same number marks its dot on the matrix. */
  rank: number;
  /** Where it stands on the matrix (placement, else scores); null while it waits in the tray. */
  spot: Placement | null;
  /** Its quadrant by the room's decision, and by its scores where they differ (domain/standing.ts). */
  standing: Standing;
  /** The scored spot when it differs from the placement enough to discuss; else null. */
  mismatch: Placement | null;
  phase: Phase | null;
}

export interface DeckContext {
  doc: WorkshopDocument;
  settings: WorkshopSettings;
  /** Every candidate: by priority (highest first), the unscored last; ties by title, then id. */
  ranked: RankedCandidate[];
  byId: ReadonlyMap<string, RankedCandidate>;
  /** Phases in roadmap order. */
  phases: Phase[];
  /** Candidates per quadrant (as the room decided it), and how many have none yet. */
  quadrantCounts: Record<Quadrant, number>;
  unscoredCount: number;
  /** Scheduled candidates per phase id, in phase order. */
  scheduled: ReadonlyMap<string, RankedCandidate[]>;
  scheduledCount: number;
  issues: RoadmapIssue[];
  balance: PortfolioBalance;
  departments: DepartmentShare[];
  duplication: Duplication[];
  reuse: Reuse[];
  /** The day the deck was made, YYYY-MM-DD (UTC). */
  createdDay: string;
  /** The snapshot "changes since" compares with: the one chosen, else the latest; null when none. */
  snapshot: Snapshot | null;
  /**
   * The sections drawn so far and their first pages, filled in by the builder as it goes: read it
   * only in a deferred drawing (the cover's contents), when every section is there.
   */
  contents: ContentsEntry[];
}

/** A section in the deck and the page it starts on. */
export interface ContentsEntry {
  title: string;
  page: number;
}

function compareRanked(a: RankedCandidate, b: RankedCandidate): number {
  return compareByPriority(
    { priority: a.scored.priority, title: a.candidate.title, id: a.candidate.id },
    { priority: b.scored.priority, title: b.candidate.title, id: b.candidate.id },
  );
}

/** Computes the deck's context from a (repaired) workshop document. */
export function deckContext(
  doc: WorkshopDocument,
  createdDay: string,
  snapshotId?: string,
): DeckContext {
  const settings = doc.workshop.settings;
  const phases = sortPhases(doc.phases);
  const phaseById = new Map(phases.map((p) => [p.id, p]));
  const unranked: RankedCandidate[] = doc.candidates.map((candidate) => {
    const spot = matrixSpot(candidate, settings);
    return {
      candidate,
      scored: scoreCandidate(candidate, settings),
      rank: 0,
      spot,
      standing: standingOf(candidate, settings),
      mismatch: placementMismatch(candidate, settings),
      phase: candidate.phaseId === null ? null : (phaseById.get(candidate.phaseId) ?? null),
    };
  });
  const ranked = unranked.sort(compareRanked).map((r, i) => ({ ...r, rank: i + 1 }));

  const quadrantCounts = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<
    Quadrant,
    number
  >;
  let unscoredCount = 0;
  for (const r of ranked) {
    if (r.standing.quadrant === null) unscoredCount += 1;
    else quadrantCounts[r.standing.quadrant] += 1;
  }

  const scheduled = new Map<string, RankedCandidate[]>(phases.map((p) => [p.id, []]));
  for (const r of ranked) if (r.phase !== null) scheduled.get(r.phase.id)?.push(r);
  let scheduledCount = 0;
  for (const list of scheduled.values()) {
    list.sort(
      (a, b) =>
        compareRanks(a.candidate.phaseRank, b.candidate.phaseRank) ||
        compareText(a.candidate.id, b.candidate.id),
    );
    scheduledCount += list.length;
  }

  return {
    doc,
    settings,
    ranked,
    byId: new Map(ranked.map((r) => [r.candidate.id, r])),
    phases,
    quadrantCounts,
    unscoredCount,
    scheduled,
    scheduledCount,
    issues: checkRoadmap(doc),
    balance: portfolioBalance(doc.candidates, phases, settings),
    departments: departmentSpread(doc.candidates),
    duplication: findDuplication(doc),
    reuse: reuseOverview(doc),
    createdDay,
    snapshot: chosenSnapshot(doc, snapshotId),
    contents: [],
  };
}

/** The snapshot with this id, else the latest taken (ties by id); null when there is none. */
function chosenSnapshot(doc: WorkshopDocument, snapshotId: string | undefined): Snapshot | null {
  const chosen = doc.snapshots.find((s) => s.id === snapshotId);
  if (chosen !== undefined) return chosen;
  const latest = [...doc.snapshots].sort(
    (a, b) => compareText(b.takenAt, a.takenAt) || compareText(a.id, b.id),
  )[0];
  return latest ?? null;
}
