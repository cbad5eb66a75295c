import { STAGES } from '../../../shared/domain/criteria.ts';
import { QUADRANTS, scoreCandidate } from '../../../shared/domain/scoring.ts';
import type { Scored } from '../../../shared/domain/scoring.ts';
import { standingOf } from '../../../shared/domain/standing.ts';
import type { Standing } from '../../../shared/domain/standing.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';

/**
 * A row of the candidates table: the candidate's figures, with `quadrant` as the room decided it
 * (shared/domain/standing.ts: its placement once placed, its scores while not), and `standing`
 * for showing the scored quadrant beside it where the two differ.
 */
export interface CandidateRow extends Scored {
  candidate: Candidate;
  standing: Standing;
}

export const SORT_KEYS = [
  'title',
  'department',
  'stage',
  'value',
  'feasibility',
  'priority',
  'quadrant',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  isDescending: boolean;
}

export function scoreRows(
  candidates: readonly Candidate[],
  settings: WorkshopSettings,
): CandidateRow[] {
  return candidates.map((candidate) => {
    const standing = standingOf(candidate, settings);
    return {
      candidate,
      ...scoreCandidate(candidate, settings),
      quadrant: standing.quadrant,
      standing,
    };
  });
}

function sortValue(row: CandidateRow, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
      return row.candidate.title;
    case 'department':
      return row.candidate.department || null;
    case 'stage':
      return STAGES.indexOf(row.candidate.stage);
    case 'quadrant':
      return row.quadrant === null ? null : QUADRANTS.indexOf(row.quadrant);
    default:
      return row[key];
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorts rows by one column; rows without a value (unscored, no department) always go last. */
export function sortRows(rows: readonly CandidateRow[], sort: Sort): CandidateRow[] {
  const direction = sort.isDescending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) {
      if (x === y) return collator.compare(a.candidate.title, b.candidate.title);
      return x === null ? 1 : -1;
    }
    const order =
      typeof x === 'string' || typeof y === 'string'
        ? collator.compare(String(x), String(y))
        : x - y;
    return order === 0 ? collator.compare(a.candidate.title, b.candidate.title) : order * direction;
  });
}
