import type { Candidate } from '../records/candidate.ts';
import type { Component } from '../records/component.ts';
import type { Phase } from '../records/phase.ts';
import type { Workshop } from '../records/workshop.ts';

/** One workshop with everything that belongs to it: what a file carries and a screen shows. */
export interface WorkshopDocument {
  workshop: Workshop;
  phases: Phase[];
  candidates: Candidate[];
  /** Reusable components (data pipelines, feature definitions, ...) and who builds and reuses them. */
  components: Component[];
}

/**
 * Repairs a loaded document before use (cf. Excalidraw's restore): drops dependencies on
 * candidates that are not there or on the candidate itself, duplicate dependencies, phase
 * references to phases that are not there, and component providers or consumers that are not
 * candidates of the workshop. Pure; returns a new document, reusing unchanged records.
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
    components: doc.components.map((k) => {
      const providerId =
        k.providerId !== null && candidateIds.has(k.providerId) ? k.providerId : null;
      const consumerIds = [...new Set(k.consumerIds)].filter(
        (id) => id !== providerId && candidateIds.has(id),
      );
      const isUnchanged =
        providerId === k.providerId && consumerIds.length === k.consumerIds.length;
      return isUnchanged ? k : { ...k, providerId, consumerIds };
    }),
  };
}

/**
 * What each candidate needs before it can start: its own dependencies plus the providers of the
 * components it reuses (a consumer scheduled before its provider is a dependency-order problem).
 * Returns the candidates with those extra dependencies added; the document itself is unchanged.
 */
export function withComponentDependencies(doc: WorkshopDocument): Candidate[] {
  const extra = new Map<string, Set<string>>();
  for (const k of doc.components) {
    if (k.providerId === null) continue;
    for (const consumer of k.consumerIds) {
      if (consumer === k.providerId) continue;
      const set = extra.get(consumer) ?? new Set<string>();
      set.add(k.providerId);
      extra.set(consumer, set);
    }
  }
  if (extra.size === 0) return doc.candidates;
  return doc.candidates.map((c) => {
    const added = [...(extra.get(c.id) ?? [])].filter((id) => !c.dependencies.includes(id));
    return added.length === 0 ? c : { ...c, dependencies: [...c.dependencies, ...added] };
  });
}
