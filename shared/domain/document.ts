import type { Candidate } from '../records/candidate.ts';
import type { Phase } from '../records/phase.ts';
import type { Workshop } from '../records/workshop.ts';

/** One workshop with everything that belongs to it: what a file carries and a screen shows. */
export interface WorkshopDocument {
  workshop: Workshop;
  phases: Phase[];
  candidates: Candidate[];
}

/**
 * Repairs a loaded document before use (cf. Excalidraw's restore): drops dependencies on
 * candidates that are not there or on the candidate itself, duplicate dependencies, and phase
 * references to phases that are not there. Pure; returns a new document.
 */
export function repairDocument(doc: WorkshopDocument): WorkshopDocument {
  const candidateIds = new Set(doc.candidates.map((c) => c.id));
  const phaseIds = new Set(doc.phases.map((p) => p.id));
  return {
    workshop: doc.workshop,
    phases: doc.phases,
    candidates: doc.candidates.map((c) => {
      const dependencies = [...new Set(c.dependencies)].filter(
        (d) => d !== c.id && candidateIds.has(d),
      );
      const phaseId = c.phaseId !== null && phaseIds.has(c.phaseId) ? c.phaseId : null;
      const isUnchanged = dependencies.length === c.dependencies.length && phaseId === c.phaseId;
      return isUnchanged ? c : { ...c, dependencies, phaseId };
    }),
  };
}
