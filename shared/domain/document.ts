import type { Candidate } from '../records/candidate.ts';
import type { Component } from '../records/component.ts';
import type { Phase } from '../records/phase.ts';
import { canonicalSet, sameData } from '../records/units.ts';
import type { Dot, Tombstone, Version } from '../records/version.ts';
import { createdVersion } from '../records/version.ts';
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
 * A workshop as one laptop (replica) holds it: the records, the version of each (by record id) and
 * the tombstones of records deleted from it. What a file carries and a merge compares.
 */
export interface ReplicaDocument {
  doc: WorkshopDocument;
  versions: ReadonlyMap<string, Version>;
  tombstones: readonly Tombstone[];
}

/**
 * A document whose every record was created by the one write `dot` and never changed since: the
 * sample, or a workshop made outside the app (benchmarks, tests) written as a file.
 */
export function createdReplica(doc: WorkshopDocument, dot: Dot): ReplicaDocument {
  const version = createdVersion(dot);
  const ids = [doc.workshop, ...doc.phases, ...doc.candidates, ...doc.components].map((r) => r.id);
  return { doc, versions: new Map(ids.map((id) => [id, version])), tombstones: [] };
}

/**
 * Repairs a loaded document before use (cf. Excalidraw's restore): drops dependencies on
 * candidates that are not there or on the candidate itself, duplicate dependencies, phase
 * references to phases that are not there, and component providers or consumers that are not
 * candidates of the workshop. None of these can come from the app itself, so a file it wrote reads
 * back exactly as it was (its records and their versions must agree). References to `deletedIds` (records whose tombstone the file carries)
 * are kept: they are what a merge leaves when one laptop deleted what the other referred to, the
 * merge says so, and both laptops must keep holding the same record. Pure; returns a new
 * document, reusing unchanged records.
 */
export function repairDocument(
  doc: WorkshopDocument,
  deletedIds: ReadonlySet<string> = new Set(),
): WorkshopDocument {
  const candidateIds = new Set([...doc.candidates.map((c) => c.id), ...deletedIds]);
  const phaseIds = new Set([...doc.phases.map((p) => p.id), ...deletedIds]);
  return {
    workshop: doc.workshop,
    phases: doc.phases,
    candidates: doc.candidates.map((c) => {
      const dependencies = canonicalSet(c.dependencies).filter(
        (d) => d !== c.id && candidateIds.has(d),
      );
      const phaseId = c.phaseId !== null && phaseIds.has(c.phaseId) ? c.phaseId : null;
      const isUnchanged = sameData(dependencies, c.dependencies) && phaseId === c.phaseId;
      return isUnchanged ? c : { ...c, dependencies, phaseId };
    }),
    components: doc.components.map((k) => {
      const providerId =
        k.providerId !== null && candidateIds.has(k.providerId) ? k.providerId : null;
      // A builder listed as reusing its own component is left as it is: two laptops' one-sided
      // edits can make it so, and a file must read back as it was written (the screens skip it).
      const consumerIds = canonicalSet(k.consumerIds).filter((id) => candidateIds.has(id));
      const isUnchanged = providerId === k.providerId && sameData(consumerIds, k.consumerIds);
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
