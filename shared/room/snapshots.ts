/**
 * Snapshots and compare (PRODUCT.md, "Facilitation"): what changed since a snapshot — candidates
 * that moved quadrant, phase or priority rank, with their old and new spots for the matrix's
 * arrows, and the candidates added and removed. The one rule for it, which the compare view and
 * the deck call.
 */
import type { WorkshopDocument } from '../domain/document.ts';
import { matrixSpot } from '../domain/matrix.ts';
import { compareByPriority, QUADRANT_LABELS, scoreCandidate } from '../domain/scoring.ts';
import type { Quadrant } from '../domain/scoring.ts';
import { roomQuadrant } from '../domain/standing.ts';
import type { Candidate, Placement } from '../records/candidate.ts';
import type { SnapshotState } from '../records/snapshot.ts';
import { candidateCount, compareText, quoted } from '../roadmap/common.ts';

/** A workshop's state as a snapshot freezes it. */
export function stateOf(doc: WorkshopDocument): SnapshotState {
  return {
    workshop: doc.workshop,
    phases: doc.phases,
    candidates: doc.candidates,
    components: doc.components,
    capabilities: doc.capabilities,
  };
}

export interface CandidateMove {
  candidate: Candidate;
  quadrant: { before: Quadrant | null; after: Quadrant | null } | null;
  /** Phase names; null for the backlog. */
  phase: { before: string | null; after: string | null } | null;
  /** Priority rank (1 = highest) among the scored; null while unscored. */
  rank: { before: number | null; after: number | null } | null;
  /** Where it stood on the matrix, and stands now (for an arrow); null while in the tray. */
  spot: { before: Placement | null; after: Placement | null };
}

export interface SnapshotDiff {
  moved: CandidateMove[];
  added: Candidate[];
  removed: Candidate[];
  /** How many moved quadrant, phase and rank. */
  counts: { quadrant: number; phase: number; rank: number };
}

type StateLike = Pick<SnapshotState, 'workshop' | 'phases' | 'candidates'>;

/** Priority rank of each scored candidate: by priority, ties by title then id, from 1. */
function priorityRanks(state: StateLike): Map<string, number> {
  const settings = state.workshop.settings;
  const scored = state.candidates
    .map((c) => ({ id: c.id, title: c.title, priority: scoreCandidate(c, settings).priority }))
    .filter((key) => key.priority !== null)
    .sort(compareByPriority);
  return new Map(scored.map((key, i) => [key.id, i + 1]));
}

function phaseName(state: StateLike, phaseId: string | null): string | null {
  if (phaseId === null) return null;
  return state.phases.find((p) => p.id === phaseId)?.name ?? null;
}

const quadrantName = (q: Quadrant | null) => (q === null ? 'the tray' : QUADRANT_LABELS[q]);

/** A move in words: "Quick wins → Reconsider; backlog → Phase 2 - Expansion; rank 3 → 2". */
export function describeMove(m: CandidateMove): string {
  const parts: string[] = [];
  if (m.quadrant)
    parts.push(`${quadrantName(m.quadrant.before)} → ${quadrantName(m.quadrant.after)}`);
  if (m.phase) parts.push(`${m.phase.before ?? 'backlog'} → ${m.phase.after ?? 'backlog'}`);
  if (m.rank) parts.push(`rank ${m.rank.before ?? 'unscored'} → ${m.rank.after ?? 'unscored'}`);
  return parts.join('; ');
}

/** What changed from a snapshot's state to the workshop now. */
export function diffSnapshot(before: SnapshotState, doc: WorkshopDocument): SnapshotDiff {
  const now: StateLike = doc;
  const oldById = new Map(before.candidates.map((c) => [c.id, c]));
  const newIds = new Set(doc.candidates.map((c) => c.id));
  const ranksBefore = priorityRanks(before);
  const ranksAfter = priorityRanks(now);
  const moved: CandidateMove[] = [];
  for (const candidate of doc.candidates) {
    const old = oldById.get(candidate.id);
    if (old === undefined) continue;
    const qb = roomQuadrant(old, before.workshop.settings);
    const qa = roomQuadrant(candidate, doc.workshop.settings);
    const pb = phaseName(before, old.phaseId);
    const pa = phaseName(now, candidate.phaseId);
    const rb = ranksBefore.get(candidate.id) ?? null;
    const ra = ranksAfter.get(candidate.id) ?? null;
    const move: CandidateMove = {
      candidate,
      quadrant: qb === qa ? null : { before: qb, after: qa },
      phase: pb === pa ? null : { before: pb, after: pa },
      rank: rb === ra ? null : { before: rb, after: ra },
      spot: {
        before: matrixSpot(old, before.workshop.settings),
        after: matrixSpot(candidate, doc.workshop.settings),
      },
    };
    if (move.quadrant || move.phase || move.rank) moved.push(move);
  }
  const byTitle = (a: Candidate, b: Candidate) =>
    compareText(a.title, b.title) || compareText(a.id, b.id);
  moved.sort((a, b) => byTitle(a.candidate, b.candidate));
  return {
    moved,
    added: doc.candidates.filter((c) => !oldById.has(c.id)).sort(byTitle),
    removed: before.candidates.filter((c) => !newIds.has(c.id)).sort(byTitle),
    counts: {
      quadrant: moved.filter((m) => m.quadrant).length,
      phase: moved.filter((m) => m.phase).length,
      rank: moved.filter((m) => m.rank).length,
    },
  };
}

const titles = (candidates: readonly Candidate[], most = 5): string => {
  const named = candidates.slice(0, most).map((c) => quoted(c.title));
  const rest = candidates.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
};

/**
 * What changed since, in sentences a facilitator reads before restoring: the candidates added and
 * removed by name, and how many moved quadrant, phase or rank, the first few with their moves.
 */
export function describeDiff(diff: SnapshotDiff): string[] {
  const lines: string[] = [];
  if (diff.added.length > 0) {
    lines.push(`${candidateCount(diff.added.length)} added: ${titles(diff.added)}.`);
  }
  if (diff.removed.length > 0) {
    lines.push(`${candidateCount(diff.removed.length)} deleted: ${titles(diff.removed)}.`);
  }
  if (diff.moved.length > 0) {
    const first = diff.moved
      .slice(0, 3)
      .map((m) => `${quoted(m.candidate.title)} ${describeMove(m)}`)
      .join('; ');
    const more = diff.moved.length > 3 ? `; and ${diff.moved.length - 3} more` : '';
    lines.push(`${candidateCount(diff.moved.length)} moved: ${first}${more}.`);
  }
  if (lines.length === 0) {
    lines.push('No candidate was added, deleted or moved quadrant, phase or rank.');
  }
  return lines;
}
