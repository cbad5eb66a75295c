import type { Candidate, Placement } from '../records/candidate.ts';
import type { WorkshopSettings } from '../records/workshop.ts';
import type { Change } from './change.ts';
import { NO_CHANGE, patchBetween, patchChange } from './change.ts';
import type { WorkshopDocument } from './document.ts';
import { createCandidate } from './factories.ts';
import type { CandidateFields, RecordEnv } from './factories.ts';
import { scoredSpot } from './matrix.ts';
import { onMatrix } from './matrix-geometry.ts';

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

/**
 * Adds a new candidate, or saves what the user changed in an existing one. `existing` is the
 * candidate as the form opened it: only the fields that differ from it are written, so a matrix
 * move or a merge that landed while the form was open survives the Save.
 */
export function saveCandidate(
  workshopId: string,
  existing: Candidate | null,
  fields: CandidateFields,
  env: RecordEnv,
): Change {
  if (existing === null) {
    return { create: { candidates: [createCandidate(workshopId, fields, env)] } };
  }
  return patchChange(
    'candidates',
    patchBetween('candidates', existing, { ...fields, title: fields.title.trim() }),
  );
}

/**
 * Deletes a candidate and takes it out of everything that refers to it: the dependencies of other
 * candidates, and the components it builds or reuses.
 */
export function deleteCandidate(doc: WorkshopDocument, candidateId: string): Change {
  const dependents = doc.candidates
    .filter((c) => c.id !== candidateId && c.dependencies.includes(candidateId))
    .map((c) => ({ id: c.id, remove: { dependencies: [candidateId] } }));
  const components = doc.components
    .filter((k) => k.providerId === candidateId || k.consumerIds.includes(candidateId))
    .map((k) => ({
      id: k.id,
      ...(k.providerId === candidateId ? { set: { providerId: null } } : {}),
      remove: { consumerIds: [candidateId] },
    }));
  return { patch: { candidates: dependents, components }, delete: { candidates: [candidateId] } };
}

/**
 * Puts a card where the room dropped it (x = feasibility, y = value), or back in the tray with
 * null. A new placement ends any "keep placement" decision made for the old one.
 */
export function placeCandidate(candidate: Candidate, placement: Placement | null): Change {
  const next = placement === null ? null : onMatrix(placement);
  return patchChange(
    'candidates',
    patchBetween('candidates', candidate, { ...candidate, placement: next, keptPlacement: null }),
  );
}

/** "Snap to scores": clears the placement, so the card stands at its scored spot again. */
export function snapToScores(candidate: Candidate): Change {
  return placeCandidate(candidate, null);
}

/**
 * "Keep placement": records why the room placed the card away from its scores. The mismatch flag
 * stays quiet until the placement or the scores change.
 */
export function keepPlacement(
  candidate: Candidate,
  reason: string,
  settings: WorkshopSettings,
): Change {
  if (candidate.placement === null) return NO_CHANGE;
  const scored = scoredSpot(candidate, settings);
  const keptPlacement = {
    reason: reason.trim(),
    placement: candidate.placement,
    value: scored?.y ?? null,
    feasibility: scored?.x ?? null,
  };
  return patchChange('candidates', { id: candidate.id, set: { keptPlacement } });
}
