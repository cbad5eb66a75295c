/**
 * How a Change lands on stored rows, as a pure function: the repository reads the rows a change
 * touches inside its transaction, calls `applyChangeToRows`, validates and writes what comes back.
 * The property tests run replicas through the very same function, so what they prove about merging
 * holds for what the app stores.
 *
 * Every edit (create, patch, delete, restore) is stamped with the write's dot: the units it sets
 * and the set elements it adds or removes record the dot, and the record's `seen` takes it in. A
 * patch that sets a unit to the value it already has changes nothing and records nothing, so
 * "changed" always means changed. The inverse (the undo step) is computed from the rows as they
 * were: edits undo as new edits (they travel to other laptops like any edit), exact writes undo
 * as the exact rows that were there before.
 */
import type { AnyRecord, KindName } from '../records/kinds.ts';
import { KINDS, RECORD_KINDS, titleOf } from '../records/kinds.ts';
import {
  canonicalSet,
  elementKey,
  readUnit,
  sameUnitValue,
  unitsOf,
  withCanonicalSets,
  writeUnit,
} from '../records/units.ts';
import type { Dot, Tombstone, Version } from '../records/version.ts';
import { canonicalVersion, createdVersion, unionSeen, withDot } from '../records/version.ts';
import type { Change, ExactWrite, RecordPatch, RestoredRecord, VersionedRecord } from './change.ts';
import { patchBetween } from './change.ts';
import type { WorkshopDocument } from './document.ts';
import { documentOf, documentRecords } from './document.ts';

/** What one id holds before the change. */
export interface StoredRow {
  kind: KindName;
  record: AnyRecord;
  version: Version;
}
export interface StoredState {
  row: StoredRow | null;
  tombstone: Tombstone | null;
}

/** The rows a change may read: by id, and every id stored under a workshop (for dropWorkshops). */
export interface RowStore {
  get(id: string): StoredState;
  idsUnder(workshopId: string): readonly string[];
}

/** The write this change is: who writes it, with which counter, and the time for `updatedAt`. */
export interface WriteStamp {
  dot: Dot;
  now: string;
}

export interface AppliedChange {
  /** The state of every id the change touched, after it. */
  writes: ExactWrite[];
  /** The change that takes it back. */
  inverse: Change;
}

type Op = 'exact' | 'create' | 'restore' | 'patch' | 'delete';

/** The ids a change names, so that they can be read before it is applied. */
export function idsNamedBy(change: Change): { ids: string[]; droppedWorkshops: string[] } {
  const ids: string[] = [];
  for (const write of change.exact ?? []) ids.push(write.id);
  for (const kind of KINDS) {
    for (const r of change.create?.[kind] ?? []) ids.push(r.id);
    for (const r of change.restore?.[kind] ?? []) ids.push(r.record.id);
    for (const p of change.patch?.[kind] ?? []) ids.push(p.id);
    for (const id of change.delete?.[kind] ?? []) ids.push(id);
  }
  return { ids: [...new Set(ids)], droppedWorkshops: [...(change.dropWorkshops ?? [])] };
}

/** Reads a unit's value out of a (partial) patch; undefined when the patch does not set it. */
function patchValue(set: unknown, path: readonly string[]): unknown {
  let node = set;
  for (const step of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}

interface Patched {
  record: AnyRecord;
  version: Version;
}

/** One patch applied to one stored record; null when it changes nothing. */
function applyPatch(
  kind: KindName,
  row: StoredRow,
  patch: RecordPatch,
  stamp: WriteStamp,
): Patched | null {
  let record = row.record;
  const fields: Record<string, Dot> = { ...row.version.fields };
  let isChanged = false;
  for (const unit of unitsOf(kind)) {
    const current = readUnit(record, unit);
    if (unit.isSet) {
      const ids = new Set(current as string[]);
      const wanted = patchValue(patch.set, unit.path);
      const adds = [...((patch.add as Record<string, readonly string[]>)?.[unit.key] ?? [])];
      const removes = [...((patch.remove as Record<string, readonly string[]>)?.[unit.key] ?? [])];
      if (Array.isArray(wanted)) {
        // A whole list given: the ids it adds and removes relative to what is stored now.
        const next = new Set(wanted as string[]);
        adds.push(...[...next].filter((id) => !ids.has(id)));
        removes.push(...[...ids].filter((id) => !next.has(id)));
      }
      let isSetChanged = false;
      for (const id of adds) {
        if (ids.has(id)) continue;
        ids.add(id);
        fields[elementKey(unit, id)] = stamp.dot;
        isSetChanged = true;
      }
      for (const id of removes) {
        if (!ids.has(id)) continue;
        ids.delete(id);
        fields[elementKey(unit, id)] = stamp.dot;
        isSetChanged = true;
      }
      if (isSetChanged) {
        record = writeUnit(record, unit, canonicalSet(ids));
        isChanged = true;
      }
      continue;
    }
    const value = patchValue(patch.set, unit.path);
    if (value === undefined || sameUnitValue(unit, current, value)) continue;
    record = writeUnit(record, unit, value);
    fields[unit.key] = stamp.dot;
    isChanged = true;
  }
  if (!isChanged) return null;
  return {
    record: { ...record, updatedAt: stamp.now },
    version: canonicalVersion({
      created: row.version.created,
      seen: withDot(row.version.seen, stamp.dot),
      fields,
    }),
  };
}

/**
 * Applies a change to the rows it touches. Throws (and so writes nothing) on a change that cannot
 * be meant: creating an id that is taken, deleting a workshop record without dropping it, or naming
 * one id in two different operations. Patches and deletes of records that are gone are skipped:
 * a Retry after a delete, or an edit of a record a merge removed, has nothing left to change.
 */
export function applyChangeToRows(
  change: Change,
  store: RowStore,
  stamp: WriteStamp,
): AppliedChange {
  const before = new Map<string, StoredState>();
  const now = new Map<string, StoredState & { kind: KindName; workshopId: string }>();
  const opOf = new Map<string, Op>();

  const current = (id: string): StoredState => {
    const known = now.get(id);
    if (known) return known;
    const stored = store.get(id);
    if (!before.has(id)) before.set(id, stored);
    return stored;
  };
  const claim = (id: string, op: Op): void => {
    const previous = opOf.get(id);
    if (previous !== undefined && !(previous === 'patch' && op === 'patch')) {
      throw new Error(`A change names “${id}” twice (${previous} and ${op}).`);
    }
    opOf.set(id, op);
    current(id);
  };
  const put = (id: string, kind: KindName, workshopId: string, state: StoredState): void => {
    now.set(id, { ...state, kind, workshopId });
  };
  const workshopIdOf = (kind: KindName, record: AnyRecord): string =>
    kind === 'workshops' ? record.id : (record as { workshopId: string }).workshopId;

  for (const write of change.exact ?? []) {
    claim(write.id, 'exact');
    // An exact write replaces what its workshop holds under that id, never a record of another
    // workshop or kind that happens to share it (a hand-edited file, an id used twice).
    const stored = current(write.id);
    const owner = stored.row
      ? workshopIdOf(stored.row.kind, stored.row.record)
      : stored.tombstone?.workshopId;
    const storedKind = stored.row?.kind ?? stored.tombstone?.kind;
    if (
      (owner !== undefined && owner !== write.workshopId) ||
      (storedKind !== undefined && storedKind !== write.kind)
    ) {
      throw new Error(`“${write.id}” is already used by a record of another workshop or kind.`);
    }
    put(write.id, write.kind, write.workshopId, {
      row: write.row && { kind: write.kind, ...write.row },
      tombstone: write.tombstone,
    });
  }
  for (const workshopId of change.dropWorkshops ?? []) {
    for (const id of new Set([workshopId, ...store.idsUnder(workshopId)])) {
      if (opOf.get(id) === 'exact') continue;
      claim(id, 'exact');
      const state = current(id);
      const kind = state.row?.kind ?? state.tombstone?.kind ?? 'workshops';
      put(id, kind, workshopId, { row: null, tombstone: null });
    }
  }
  for (const kind of KINDS) {
    for (const record of change.create?.[kind] ?? []) {
      claim(record.id, 'create');
      const state = current(record.id);
      if (state.row || state.tombstone) {
        throw new Error(
          `A ${RECORD_KINDS[kind].noun} with the id “${record.id}” is already stored.`,
        );
      }
      put(record.id, kind, workshopIdOf(kind, record), {
        row: { kind, record: withCanonicalSets(kind, record), version: createdVersion(stamp.dot) },
        tombstone: null,
      });
    }
    for (const restored of (change.restore?.[kind] ?? []) as RestoredRecord[]) {
      const { record } = restored;
      claim(record.id, 'restore');
      const state = current(record.id);
      if (state.row) continue;
      // A record whose history is lost (a snapshot's) comes back as written by this write.
      const version = restored.version ?? createdVersion(stamp.dot);
      // It has now seen its own deletion, so the tombstone on any other laptop gives way to it.
      const seen = unionSeen(withDot(version.seen, stamp.dot), state.tombstone?.seen ?? {});
      put(record.id, kind, workshopIdOf(kind, record), {
        row: { kind, record, version: canonicalVersion({ ...version, seen }) },
        tombstone: null,
      });
    }
    for (const patch of (change.patch?.[kind] ?? []) as RecordPatch[]) {
      claim(patch.id, 'patch');
      const state = current(patch.id);
      if (!state.row || state.row.kind !== kind) continue;
      const patched = applyPatch(kind, state.row, patch, stamp);
      if (patched) {
        put(patch.id, kind, workshopIdOf(kind, patched.record), {
          row: { kind, ...patched },
          tombstone: null,
        });
      }
    }
    for (const id of change.delete?.[kind] ?? []) {
      claim(id, 'delete');
      const state = current(id);
      if (!state.row || state.row.kind !== kind) continue;
      if (kind === 'workshops') throw new Error('A workshop is removed with dropWorkshops.');
      const { record, version } = state.row;
      put(id, kind, workshopIdOf(kind, record), {
        row: null,
        tombstone: {
          id,
          kind: kind as Tombstone['kind'],
          workshopId: workshopIdOf(kind, record),
          title: titleOf(kind, record).slice(0, 300),
          seen: withDot(unionSeen(version.seen, state.tombstone?.seen ?? {}), stamp.dot),
          deleted: stamp.dot,
        },
      });
    }
  }

  return { writes: [...now.entries()].map(([id, s]) => toWrite(id, s)), inverse: invert() };

  function toWrite(
    id: string,
    s: StoredState & { kind: KindName; workshopId: string },
  ): ExactWrite {
    return {
      kind: s.kind,
      id,
      workshopId: s.workshopId,
      row: s.row && { record: s.row.record, version: s.row.version },
      tombstone: s.tombstone,
    };
  }

  function invert(): Change {
    const inverse: Required<Pick<Change, 'exact' | 'dropWorkshops'>> & {
      create: Partial<Record<KindName, AnyRecord[]>>;
      patch: Partial<Record<KindName, RecordPatch[]>>;
      delete: Partial<Record<KindName, string[]>>;
      restore: Partial<Record<KindName, VersionedRecord[]>>;
    } = { exact: [], dropWorkshops: [], create: {}, patch: {}, delete: {}, restore: {} };
    const push = <T>(map: Partial<Record<KindName, T[]>>, kind: KindName, item: T) => {
      (map[kind] ??= []).push(item);
    };
    for (const [id, after] of now) {
      const was = before.get(id) ?? { row: null, tombstone: null };
      switch (opOf.get(id)) {
        case 'exact':
          if (after.kind === 'workshops' && !was.row && after.row) {
            // It brought a workshop into the library (an import, the redo of a removal): taking
            // it back removes the workshop with everything stored under it since.
            inverse.dropWorkshops.push(id);
            break;
          }
          inverse.exact.push({
            kind: was.row?.kind ?? was.tombstone?.kind ?? after.kind,
            id,
            workshopId: was.row
              ? workshopIdOf(was.row.kind, was.row.record)
              : (was.tombstone?.workshopId ?? after.workshopId),
            row: was.row && { record: was.row.record, version: was.row.version },
            tombstone: was.tombstone,
          });
          break;
        case 'create':
          if (after.kind === 'workshops') inverse.dropWorkshops.push(id);
          else push(inverse.delete, after.kind, id);
          break;
        case 'restore':
          push(inverse.delete, after.kind, id);
          break;
        case 'delete':
          if (was.row)
            push(inverse.restore, was.row.kind, {
              record: was.row.record,
              version: was.row.version,
            });
          break;
        case 'patch': {
          if (!was.row || !after.row) break;
          const back = patchBetween(after.kind, after.row.record as never, was.row.record as never);
          if (back) push(inverse.patch, after.kind, back as RecordPatch);
          break;
        }
      }
    }
    // Dropping a workshop brought in here takes everything brought in with it along.
    const dropped = new Set(inverse.dropWorkshops);
    if (dropped.size > 0) {
      const isInDropped = (id: string) => dropped.has(now.get(id)?.workshopId ?? '');
      for (const kind of KINDS) {
        const ids = inverse.delete[kind];
        if (ids) inverse.delete[kind] = ids.filter((id) => !isInDropped(id));
      }
      inverse.exact = inverse.exact.filter((w) => !isInDropped(w.id));
    }
    const out: Change = {};
    if (inverse.exact.length > 0) out.exact = inverse.exact;
    if (inverse.dropWorkshops.length > 0) out.dropWorkshops = inverse.dropWorkshops;
    const nonEmpty = <T>(map: Partial<Record<KindName, T[]>>) =>
      KINDS.some((k) => (map[k]?.length ?? 0) > 0) ? map : undefined;
    const del = nonEmpty(inverse.delete);
    const restore = nonEmpty(inverse.restore);
    const patch = nonEmpty(inverse.patch);
    if (del) out.delete = del;
    if (restore) out.restore = restore as Change['restore'];
    if (patch) out.patch = patch as Change['patch'];
    return out;
  }
}

/**
 * A document with a change applied, as the repository would store it (versions aside): what a
 * screen shows between a drop and the live query bringing the stored records back.
 */
export function applyChangeToDocument(
  doc: WorkshopDocument,
  change: Change,
  now: string,
): WorkshopDocument {
  const lists: Record<KindName, AnyRecord[]> = documentRecords(doc);
  const index = new Map<string, StoredRow>();
  for (const kind of KINDS) {
    for (const record of lists[kind]) {
      index.set(record.id, { kind, record, version: createdVersion(['screen', 0]) });
    }
  }
  const { writes } = applyChangeToRows(
    change,
    {
      get: (id) => ({ row: index.get(id) ?? null, tombstone: null }),
      idsUnder: (workshopId) => (workshopId === doc.workshop.id ? [...index.keys()] : []),
    },
    { dot: ['screen', 1], now },
  );
  if (writes.length === 0) return doc;
  const touched = new Map(writes.map((w) => [w.id, w]));
  const next = (kind: KindName): AnyRecord[] => {
    if (!writes.some((w) => w.kind === kind)) return lists[kind];
    const out: AnyRecord[] = [];
    for (const record of lists[kind]) {
      const write = touched.get(record.id);
      if (!write) out.push(record);
      else if (write.row) out.push(write.row.record);
    }
    for (const write of writes) {
      if (write.kind === kind && write.row && !index.has(write.id)) out.push(write.row.record);
    }
    return out;
  };
  const [workshop] = next('workshops');
  return documentOf(
    (workshop ?? doc.workshop) as WorkshopDocument['workshop'],
    Object.fromEntries(KINDS.map((kind) => [kind, next(kind)])),
  );
}
