/**
 * What a card on the matrix shows, as flat primitive fields computed once per document change.
 * Cards are memoised on these views; `shareUnchanged` hands back last render's object for every
 * card whose view did not change, so a drop re-renders the one card that moved.
 */
import { sameData } from '../../../shared/records/units.ts';
import { STAGE_LABELS, TAG_LABELS } from '../../../shared/domain/criteria.ts';
import type { Effort } from '../../../shared/domain/criteria.ts';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { roomQuadrant } from '../../../shared/domain/standing.ts';
import { matrixSpot, placementMismatch, scoredSpot } from '../../../shared/domain/matrix.ts';
import { compareByPriority, scoreCandidate } from '../../../shared/domain/scoring.ts';
import type { Quadrant, Scored } from '../../../shared/domain/scoring.ts';
import type { Candidate, Placement } from '../../../shared/records/candidate.ts';
import { voteCounts } from '../../../shared/room/voting.ts';
import { matchesFilters } from './filters.ts';
import type { MatrixFilters } from './filters.ts';

export interface MatrixCardView {
  id: string;
  title: string;
  effort: Effort;
  /** Where the card stands (x = F, y = V); both null while it waits in the tray. */
  x: number | null;
  y: number | null;
  /** The quadrant it stands in; null in the tray. */
  quadrant: Quadrant | null;
  /** The room placed it (rather than it standing at its scored spot). */
  isPlaced: boolean;
  /** Both axes are scored, so it has a scored spot to snap to. */
  isScored: boolean;
  /** The scored spot, when the placement differs from it enough to flag; else null. */
  ghostX: number | null;
  ghostY: number | null;
  /** It does not match the filters. */
  isDimmed: boolean;
  value: number | null;
  feasibility: number | null;
  priority: number | null;
  /** Audience, horizon and approach in words, joined; '' when none is set. */
  tags: string;
  stage: string;
  department: string;
  /** Why the room kept this placement, while that decision still holds. */
  keptReason: string | null;
  /** Its place in the ranking (as in the deck): the number on its dot in the dense view. */
  rank: number;
  /** Its dots in the latest revealed voting round that had it on the ballot (0 is shown as none); null when none. */
  votes: number | null;
}

/**
 * A placement written but not yet back from the database, for the stored record it was made on
 * (its `updatedAt` and placement: any write to the record changes one of them).
 */
export interface PendingPlacement {
  placement: Placement | null;
  madeOn: Pick<Candidate, 'updatedAt' | 'placement'>;
}

/** True once the stored record is no longer the one a pending placement was made on. */
export function hasMovedOn(candidate: Candidate, madeOn: PendingPlacement['madeOn']): boolean {
  return (
    madeOn.updatedAt !== candidate.updatedAt || !sameData(madeOn.placement, candidate.placement)
  );
}

function withPending(candidate: Candidate, pending: PendingPlacement | undefined): Candidate {
  // Once the stored record moves on, the database has the last word again.
  if (!pending || hasMovedOn(candidate, pending.madeOn)) return candidate;
  return { ...candidate, placement: pending.placement, keptPlacement: null };
}

/** `scored`: the candidate's figures (a pending placement changes none of them). */
function viewOf(
  candidate: Candidate,
  scored: Pick<Scored, 'value' | 'feasibility' | 'priority'>,
  doc: WorkshopDocument,
  isDimmed: boolean,
  votes: number | null,
  rank: number,
): MatrixCardView {
  const settings = doc.workshop.settings;
  const spot = matrixSpot(candidate, settings);
  const ghost = placementMismatch(candidate, settings);
  const tags = [candidate.audience, candidate.horizon, candidate.approach]
    .filter((t) => t !== null)
    .map((t) => TAG_LABELS[t])
    .join(' · ');
  const kept = candidate.keptPlacement;
  return {
    id: candidate.id,
    title: candidate.title,
    effort: candidate.effort,
    x: spot?.x ?? null,
    y: spot?.y ?? null,
    quadrant: roomQuadrant(candidate, settings),
    isPlaced: candidate.placement !== null,
    isScored: scoredSpot(candidate, settings) !== null,
    ghostX: ghost?.x ?? null,
    ghostY: ghost?.y ?? null,
    isDimmed,
    value: scored.value,
    feasibility: scored.feasibility,
    priority: scored.priority,
    tags,
    stage: STAGE_LABELS[candidate.stage],
    department: candidate.department.trim(),
    keptReason: kept && ghost === null && candidate.placement !== null ? kept.reason : null,
    rank,
    votes,
  };
}

/** The card views of a document, in a stable order (by title) so focus and tab order stay put. */
export function buildCardViews(
  doc: WorkshopDocument,
  pending: ReadonlyMap<string, PendingPlacement>,
  filters: MatrixFilters,
): MatrixCardView[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const votes = voteCounts(doc);
  const settings = doc.workshop.settings;
  const scores = doc.candidates.map((c) => scoreCandidate(c, settings));
  const ranks = new Map(
    doc.candidates
      .map((c, i) => ({ id: c.id, title: c.title, priority: scores[i]?.priority ?? null }))
      .sort(compareByPriority)
      .map((key, i) => [key.id, i + 1]),
  );
  return doc.candidates
    .map((c, i) => {
      const candidate = withPending(c, pending.get(c.id));
      return viewOf(
        candidate,
        scores[i] as Scored,
        doc,
        !matchesFilters(candidate, filters),
        votes.get(c.id)?.dots ?? null,
        ranks.get(c.id) ?? 0,
      );
    })
    .sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

/**
 * The views after only the pending placements changed (a drop, before the database answers):
 * the cards whose pending placement changed get new views, every other view is kept as it is.
 * The same as building them all again, since a placement changes neither the title order, nor the
 * ranking, nor the votes, at a cost of one card instead of all of them.
 */
export function withPendingChanged(
  views: readonly MatrixCardView[],
  doc: WorkshopDocument,
  before: ReadonlyMap<string, PendingPlacement>,
  pending: ReadonlyMap<string, PendingPlacement>,
  filters: MatrixFilters,
): MatrixCardView[] {
  const changed = new Set<string>();
  for (const id of new Set([...before.keys(), ...pending.keys()])) {
    if (before.get(id) !== pending.get(id)) changed.add(id);
  }
  const candidates = new Map(doc.candidates.filter((c) => changed.has(c.id)).map((c) => [c.id, c]));
  return views.map((view) => {
    const stored = candidates.get(view.id);
    if (!stored) return view;
    const candidate = withPending(stored, pending.get(view.id));
    return viewOf(candidate, view, doc, !matchesFilters(candidate, filters), view.votes, view.rank);
  });
}
