import type { Candidate } from '../records/candidate.ts';
import type { AnyRecord, ChildKind, KindName, KindRecords } from '../records/kinds.ts';
import { CHILD_KINDS, KINDS } from '../records/kinds.ts';
import { canonicalSet, sameData } from '../records/units.ts';
import type { Dot, Tombstone, Version } from '../records/version.ts';
import { createdVersion } from '../records/version.ts';
import type { Workshop } from '../records/workshop.ts';

/**
 * One workshop with everything that belongs to it: what a file carries and a screen shows. One
 * list per kind of records/kinds.ts (phases, candidates, components, capabilities...), so a new
 * kind needs no change here.
 */
export type WorkshopDocument = { workshop: Workshop } & { [K in ChildKind]: KindRecords[K][] };

/** The records of a document by kind, as lists. */
export function documentRecords(doc: WorkshopDocument): { [K in KindName]: KindRecords[K][] } {
  const lists = { workshops: [doc.workshop] } as { [K in KindName]: KindRecords[K][] };
  for (const kind of CHILD_KINDS) (lists as Record<string, unknown>)[kind] = doc[kind];
  return lists;
}

/** A document from its records by kind (the inverse of documentRecords); the workshop is given. */
export function documentOf(
  workshop: Workshop,
  lists: Partial<Record<KindName, readonly AnyRecord[]>>,
): WorkshopDocument {
  const doc = { workshop } as Record<string, unknown>;
  for (const kind of CHILD_KINDS) doc[kind] = lists[kind] ?? [];
  return doc as WorkshopDocument;
}

/** Every record of a document, of every kind. */
export function allRecords(doc: WorkshopDocument): AnyRecord[] {
  const lists = documentRecords(doc);
  return KINDS.flatMap((kind) => lists[kind] as AnyRecord[]);
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
  const ids = allRecords(doc).map((r) => r.id);
  return { doc, versions: new Map(ids.map((id) => [id, version])), tombstones: [] };
}

/**
 * Repairs a loaded document before use (cf. Excalidraw's restore): drops dependencies on
 * candidates that are not there or on the candidate itself, duplicate dependencies, phase
 * references to phases that are not there, needed capabilities that are not there, and component
 * providers or consumers that are not candidates of the workshop. None of these can come from the app itself, so a file it wrote reads
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
  const capabilityIds = new Set([...doc.capabilities.map((k) => k.id), ...deletedIds]);
  return {
    ...doc,
    candidates: doc.candidates.map((c) => {
      const dependencies = canonicalSet(c.dependencies).filter(
        (d) => d !== c.id && candidateIds.has(d),
      );
      const phaseId = c.phaseId !== null && phaseIds.has(c.phaseId) ? c.phaseId : null;
      const capabilities = canonicalSet(c.capabilities).filter((id) => capabilityIds.has(id));
      const isUnchanged =
        sameData(dependencies, c.dependencies) &&
        phaseId === c.phaseId &&
        sameData(capabilities, c.capabilities);
      return isUnchanged ? c : { ...c, dependencies, phaseId, capabilities };
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
