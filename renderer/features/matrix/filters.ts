import type { Candidate } from '../../../shared/records/candidate.ts';

/** The filters above the matrix; '' means "any". */
export interface MatrixFilters {
  audience: string;
  horizon: string;
  approach: string;
  stage: string;
  department: string;
}

export type FilterKey = keyof MatrixFilters;

export const NO_FILTERS: MatrixFilters = {
  audience: '',
  horizon: '',
  approach: '',
  stage: '',
  department: '',
};

/** The option value for "not set" (a tag left open, no department): ids never look like this. */
export const NOT_SET = '(not set)';

export function isFiltering(filters: MatrixFilters): boolean {
  return Object.values(filters).some((v) => v !== '');
}

function matches(wanted: string, actual: string | null): boolean {
  if (wanted === '') return true;
  if (wanted === NOT_SET) return actual === null || actual.trim() === '';
  return actual !== null && actual.trim() === wanted;
}

/** True when the candidate passes every filter that is set. */
export function matchesFilters(candidate: Candidate, filters: MatrixFilters): boolean {
  return (
    matches(filters.audience, candidate.audience) &&
    matches(filters.horizon, candidate.horizon) &&
    matches(filters.approach, candidate.approach) &&
    matches(filters.stage, candidate.stage) &&
    matches(filters.department, candidate.department)
  );
}
