/**
 * What a merged workshop raises that the workshop here did not: a dependency on a candidate that
 * was deleted, a component built or reused by a deleted candidate, a card in a deleted phase, and
 * the roadmap's own dependency and capacity checks. Shown in the merge dialog before Apply.
 */
import type { ReplicaDocument } from '../domain/document.ts';
import { checkRoadmap } from '../roadmap/checks.ts';
import { quoted } from '../roadmap/common.ts';

export interface MergeWarning {
  /** Stable, so that a warning already true here is not shown as new. */
  id: string;
  message: string;
}

function referenceWarnings(replica: ReplicaDocument): MergeWarning[] {
  const { doc, tombstones } = replica;
  const deleted = new Map(tombstones.map((t) => [t.id, t.title]));
  const warnings: MergeWarning[] = [];
  for (const c of doc.candidates) {
    for (const d of c.dependencies) {
      const title = deleted.get(d);
      if (title !== undefined) {
        warnings.push({
          id: `dependency:${c.id}:${d}`,
          message: `${quoted(c.title)} depends on ${quoted(title)}, which was deleted. Remove the dependency, or find what replaces it.`,
        });
      }
    }
    if (c.phaseId !== null && deleted.has(c.phaseId)) {
      warnings.push({
        id: `phase:${c.id}:${c.phaseId}`,
        message: `${quoted(c.title)} was put in ${quoted(deleted.get(c.phaseId) ?? '')}, a phase that was deleted: it waits in the backlog.`,
      });
    }
  }
  for (const k of doc.components) {
    const builder = k.providerId === null ? undefined : deleted.get(k.providerId);
    if (builder !== undefined) {
      warnings.push({
        id: `provider:${k.id}`,
        message: `The component ${quoted(k.name)} is built by ${quoted(builder)}, which was deleted. Choose who builds it now.`,
      });
    }
    for (const id of k.consumerIds) {
      const title = deleted.get(id);
      if (title !== undefined) {
        warnings.push({
          id: `consumer:${k.id}:${id}`,
          message: `The component ${quoted(k.name)} lists ${quoted(title)} as reusing it, which was deleted.`,
        });
      }
    }
  }
  return warnings;
}

const MERGE_RULES = new Set(['dependency-order', 'dependency-cycle', 'capacity']);

function roadmapWarnings(replica: ReplicaDocument): MergeWarning[] {
  return checkRoadmap(replica.doc)
    .filter((issue) => MERGE_RULES.has(issue.rule))
    .map((issue) => ({ id: issue.id, message: issue.message }));
}

/** The warnings of `after` that `before` does not have, in a stable order. */
export function mergeWarnings(before: ReplicaDocument, after: ReplicaDocument): MergeWarning[] {
  const all = (r: ReplicaDocument) => [...referenceWarnings(r), ...roadmapWarnings(r)];
  const known = new Set(all(before).map((w) => w.id));
  return all(after).filter((w) => !known.has(w.id));
}
