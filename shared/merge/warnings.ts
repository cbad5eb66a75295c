/**
 * What a merged workshop raises that the workshop here did not: a dependency on a candidate that
 * was deleted, a component built or reused by a deleted candidate, a card in a deleted phase, the
 * links a deletion took from a record that is kept after all, and the roadmap's own dependency and
 * capacity checks. Shown in the merge dialog before Apply.
 */
import type { ReplicaDocument } from '../domain/document.ts';
import { titleOf } from '../records/kinds.ts';
import type { Tombstone } from '../records/version.ts';
import { dotOf, sameDot } from '../records/version.ts';
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

/**
 * Links a deletion took away, for a record that the merge keeps after all (deleted on one side,
 * edited on the other): the dependencies on it, its place as a component's builder or consumer,
 * the cards a deleted phase sent to the backlog. The deletion's own write removed them, so they
 * carry its dot; the room decides whether they still hold.
 */
function linksTakenByDeletion(
  after: ReplicaDocument,
  deletions: readonly Tombstone[],
): MergeWarning[] {
  const { doc, versions } = after;
  const warnings: MergeWarning[] = [];
  const candidates = new Map(doc.candidates.map((c) => [c.id, c]));
  const phases = new Map(doc.phases.map((p) => [p.id, p]));
  for (const t of deletions) {
    const kept = candidates.get(t.id) ?? phases.get(t.id);
    if (!kept) continue;
    const isByDeletion = (recordId: string, key: string) => {
      const version = versions.get(recordId);
      return version !== undefined && sameDot(dotOf(version, key), t.deleted);
    };
    const name = quoted(titleOf(candidates.has(t.id) ? 'candidates' : 'phases', kept));
    for (const c of doc.candidates) {
      if (!c.dependencies.includes(t.id) && isByDeletion(c.id, `dependencies/${t.id}`)) {
        warnings.push({
          id: `relink-dependency:${c.id}:${t.id}`,
          message: `${quoted(c.title)} no longer depends on ${name}: the deletion took the link away, and ${name} is kept. Tick it again under “Depends on” if it still holds.`,
        });
      }
      if (c.phaseId === null && phases.has(t.id) && isByDeletion(c.id, 'phaseId')) {
        warnings.push({
          id: `relink-phase:${c.id}:${t.id}`,
          message: `${name} is kept, but ${quoted(c.title)} went to the backlog when it was deleted: move it back if it belongs there.`,
        });
      }
    }
    for (const k of doc.components) {
      if (k.providerId === null && isByDeletion(k.id, 'providerId')) {
        warnings.push({
          id: `relink-provider:${k.id}:${t.id}`,
          message: `The component ${quoted(k.name)} lost its builder ${name} when it was deleted, and ${name} is kept: choose who builds it again.`,
        });
      }
      if (!k.consumerIds.includes(t.id) && isByDeletion(k.id, `consumerIds/${t.id}`)) {
        warnings.push({
          id: `relink-consumer:${k.id}:${t.id}`,
          message: `${name} no longer reuses the component ${quoted(k.name)}: the deletion took it off the list, and ${name} is kept.`,
        });
      }
    }
  }
  return warnings;
}

/**
 * The warnings of `after` that `before` does not have, in a stable order. `deletions` are the
 * tombstones of both copies, for the links a deletion took from a record the merge keeps.
 */
export function mergeWarnings(
  before: ReplicaDocument,
  after: ReplicaDocument,
  deletions: readonly Tombstone[] = [],
): MergeWarning[] {
  const all = (r: ReplicaDocument) => [...referenceWarnings(r), ...roadmapWarnings(r)];
  const known = new Set(all(before).map((w) => w.id));
  return [...all(after).filter((w) => !known.has(w.id)), ...linksTakenByDeletion(after, deletions)];
}
