import type { Candidate } from '../records/candidate.ts';
import type { Change } from './change.ts';
import type { WorkshopDocument } from './document.ts';
import { createCandidate, revise } from './factories.ts';
import type { CandidateFields, RecordEnv } from './factories.ts';

export type CandidateErrors = Partial<
  Record<'title' | 'dependencies' | 'description' | 'notes', string>
>;

/**
 * Plain-words problems with a candidate's fields, by field; empty when it can be saved.
 * `selfId` is the candidate's own id (null for a new one); `knownIds` the workshop's candidates.
 */
export function validateCandidateFields(
  fields: CandidateFields,
  selfId: string | null,
  knownIds: ReadonlySet<string>,
): CandidateErrors {
  const errors: CandidateErrors = {};
  if (fields.title.trim() === '') errors.title = 'Give the candidate a title.';
  else if (fields.title.length > 300) errors.title = 'Keep the title under 300 characters.';
  if (fields.description.length > 5_000)
    errors.description = 'Keep the description under 5,000 characters.';
  if (fields.notes.length > 10_000) errors.notes = 'Keep the notes under 10,000 characters.';
  if (selfId !== null && fields.dependencies.includes(selfId)) {
    errors.dependencies = 'A candidate cannot depend on itself. Untick it.';
  } else if (fields.dependencies.some((d) => !knownIds.has(d))) {
    errors.dependencies = 'A dependency is no longer in this workshop. Untick it.';
  }
  return errors;
}

/** Adds a new candidate, or saves the edited fields of an existing one as its next revision. */
export function saveCandidate(
  workshopId: string,
  existing: Candidate | null,
  fields: CandidateFields,
  env: RecordEnv,
): Change {
  const candidate = existing
    ? revise(existing, { ...fields, title: fields.title.trim() }, env)
    : createCandidate(workshopId, fields, env);
  return { put: { candidates: [candidate] }, remove: {} };
}

/** Deletes a candidate and removes it from the dependencies of every candidate that had it. */
export function deleteCandidate(
  doc: WorkshopDocument,
  candidateId: string,
  env: RecordEnv,
): Change {
  const dependents = doc.candidates
    .filter((c) => c.id !== candidateId && c.dependencies.includes(candidateId))
    .map((c) => revise(c, { dependencies: c.dependencies.filter((d) => d !== candidateId) }, env));
  return { put: { candidates: dependents }, remove: { candidates: [candidateId] } };
}
