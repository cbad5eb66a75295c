/**
 * Merging two copies of one workshop — the one here and the one in a file — record by record and,
 * inside a record, unit by unit (shared/records/units.ts). Pure, and the same for every record
 * kind: the only thing a kind says is which of its fields are sets and which only order a list
 * (shared/records/kinds.ts).
 *
 * For each unit, the dot that last wrote it on each side (version.ts) decides:
 * - the same write on both sides: nothing to do;
 * - one side has seen the other's write: that side's value is the newer one and wins, silently
 *   (a change made on one side only, or a conflict already resolved on one side);
 * - neither has seen the other's (both changed it): equal values are fine; different values are a
 *   conflict for the room — except in a set, where every add and every remove holds (an add and a
 *   remove of the same id: the add wins), and in an order field, where the later write wins.
 * A record deleted on one side is deleted in the result if the deleting side had seen every edit
 * of the other copy; if not, it was edited after (or without) the deletion: a conflict whose
 * default keeps the record. A record that has seen its own deletion (an undone delete, a kept
 * conflict) wins over the tombstone. Deleted on both sides is simply deleted.
 *
 * Conflicts are resolved by choosing a side; the chosen value keeps the dot it had and the result
 * has seen both sides, so the next merge of either copy with the result has nothing to decide.
 */
import type { ExactWrite, VersionedRecord } from '../domain/change.ts';
import type { ReplicaDocument, WorkshopDocument } from '../domain/document.ts';
import { documentOf, documentRecords } from '../domain/document.ts';
import type { AnyRecord, KindName } from '../records/kinds.ts';
import { CHILD_KINDS, KINDS, titleOf } from '../records/kinds.ts';
import type { Unit } from '../records/units.ts';
import {
  canonicalSet,
  elementKey,
  readUnit,
  sameUnitValue,
  unitsOf,
  writeUnit,
} from '../records/units.ts';
import type { Dot, Tombstone, Version } from '../records/version.ts';
import {
  canonicalVersion,
  compareDots,
  coversAll,
  dotOf,
  hasSeen,
  isLegacyDot,
  sameDot,
  sameVersion,
  unionSeen,
} from '../records/version.ts';

/** Which copy a choice keeps: the one in this library, or the one in the file. */
export type Side = 'here' | 'file';

export interface FieldConflict {
  /** Names the choice: `candidates/<id>/valueScores.riskMitigation`. */
  key: string;
  unit: Unit;
  here: unknown;
  file: unknown;
  /** One side's value comes from a version-1 file or database, whose history nobody knows. */
  isHistoryUnknown: boolean;
}

export type ConflictType = 'edited-on-both' | 'deleted-here' | 'deleted-in-file';

export interface RecordConflict {
  /** Names the record, and for a deletion conflict also the choice: `candidates/<id>`. */
  key: string;
  kind: KindName;
  id: string;
  title: string;
  type: ConflictType;
  /** For edited-on-both: the units changed to different values on both sides. */
  fields: FieldConflict[];
  /** The record on each side (null where it was deleted). */
  here: AnyRecord | null;
  file: AnyRecord | null;
}

export type AutoAction = 'added' | 'edited' | 'deleted';

/** A change that applies without asking: shown in the summary. */
export interface AutoChange {
  kind: KindName;
  id: string;
  title: string;
  action: AutoAction;
  /** For edited: the keys of the units that take the file's value. */
  units: string[];
}

interface Row {
  record: AnyRecord;
  version: Version;
}

interface Side3 {
  row: Row | null;
  tombstone: Tombstone | null;
}

/** How one unit of a record on both sides merges before any choice. */
interface UnitOutcome {
  unit: Unit;
  /** The side whose value and dot the result takes; 'conflict' waits for a choice. */
  take: Side | 'conflict';
}

interface Entry {
  kind: KindName;
  id: string;
  workshopId: string;
  here: Side3;
  file: Side3;
  conflict: RecordConflict | null;
  /** For a record on both sides: how each unit merges. */
  units: UnitOutcome[] | null;
}

export interface MergePlan {
  here: ReplicaDocument;
  file: ReplicaDocument;
  auto: AutoChange[];
  conflicts: RecordConflict[];
  entries: Entry[];
}

export interface MergeResult {
  /** The workshop as it is once merged. */
  result: ReplicaDocument;
  /** What changes here: each id's state after the merge. */
  writes: ExactWrite[];
}

const NOTHING: Side3 = { row: null, tombstone: null };

function indexReplica(replica: ReplicaDocument): Map<string, Side3 & { kind: KindName }> {
  const index = new Map<string, Side3 & { kind: KindName }>();
  const lists: Record<KindName, readonly AnyRecord[]> = documentRecords(replica.doc);
  for (const kind of KINDS) {
    for (const record of lists[kind]) {
      const version = replica.versions.get(record.id);
      if (version === undefined) throw new Error(`No version for “${record.id}”.`);
      index.set(record.id, { kind, row: { record, version }, tombstone: null });
    }
  }
  for (const tombstone of replica.tombstones) {
    if (!index.has(tombstone.id))
      index.set(tombstone.id, { kind: tombstone.kind, row: null, tombstone });
  }
  return index;
}

/** The unit outcomes of one record held on both sides; none of them a conflict when all agree. */
function mergeUnits(kind: KindName, here: Row, file: Row): UnitOutcome[] {
  const outcomes: UnitOutcome[] = [];
  for (const unit of unitsOf(kind)) {
    if (unit.isSet) {
      // Sets merge element by element, in buildRow; only history that nobody knows (version 1)
      // makes a differing list a question for the room.
      outcomes.push({ unit, take: isUnknownSetDifference(unit, here, file) ? 'conflict' : 'here' });
      continue;
    }
    const dh = dotOf(here.version, unit.key);
    const df = dotOf(file.version, unit.key);
    const hereValue = readUnit(here.record, unit);
    const fileValue = readUnit(file.record, unit);
    outcomes.push({
      unit,
      take: decide(unit, dh, df, here.version, file.version, hereValue, fileValue),
    });
  }
  return outcomes;
}

function decide(
  unit: Unit,
  dh: Dot,
  df: Dot,
  vh: Version,
  vf: Version,
  hereValue: unknown,
  fileValue: unknown,
): Side | 'conflict' {
  if (sameDot(dh, df)) return 'here';
  const hereSawFile = hasSeen(vh.seen, df);
  const fileSawHere = hasSeen(vf.seen, dh);
  if (hereSawFile && !fileSawHere) return 'here';
  if (fileSawHere && !hereSawFile) return 'file';
  // Both changed it (or both settled it differently): the same value is no conflict.
  if (sameUnitValue(unit, hereValue, fileValue) || unit.isOrder) {
    return compareDots(dh, df) >= 0 ? 'here' : 'file';
  }
  return 'conflict';
}

/** One set unit merged element by element: its value and the dots of its elements. */
function mergeSet(unit: Unit, here: Row, file: Row, fields: Record<string, Dot>): string[] {
  const inHere = new Set(readUnit(here.record, unit) as string[]);
  const inFile = new Set(readUnit(file.record, unit) as string[]);
  const prefix = `${unit.key}/`;
  const ids = new Set<string>([...inHere, ...inFile]);
  for (const key of Object.keys(here.version.fields))
    if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
  for (const key of Object.keys(file.version.fields))
    if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
  const result: string[] = [];
  for (const id of ids) {
    const key = elementKey(unit, id);
    const dh = dotOf(here.version, key);
    const df = dotOf(file.version, key);
    const ph = inHere.has(id);
    const pf = inFile.has(id);
    let present: boolean;
    let dot: Dot;
    if (sameDot(dh, df)) {
      present = ph || pf;
      dot = dh;
    } else if (hasSeen(here.version.seen, df) && !hasSeen(file.version.seen, dh)) {
      present = ph;
      dot = dh;
    } else if (hasSeen(file.version.seen, dh) && !hasSeen(here.version.seen, df)) {
      present = pf;
      dot = df;
    } else if (ph === pf) {
      present = ph;
      dot = compareDots(dh, df) >= 0 ? dh : df;
    } else {
      // Added on one side, removed on the other: the add holds.
      present = true;
      dot = ph ? dh : df;
    }
    fields[key] = dot;
    if (present) result.push(id);
  }
  return canonicalSet(result);
}

/**
 * Whether a set differs between the two copies in an id whose presence comes, on either side, from
 * version-1 history that neither side has seen of the other: then nobody knows which was added or
 * removed, and the lists are listed as a conflict (history unknown) rather than joined.
 */
function isUnknownSetDifference(unit: Unit, here: Row, file: Row): boolean {
  const inHere = new Set(readUnit(here.record, unit) as string[]);
  const inFile = new Set(readUnit(file.record, unit) as string[]);
  for (const id of new Set([...inHere, ...inFile])) {
    if (inHere.has(id) === inFile.has(id)) continue;
    const key = elementKey(unit, id);
    const dh = dotOf(here.version, key);
    const df = dotOf(file.version, key);
    if (hasSeen(here.version.seen, df) || hasSeen(file.version.seen, dh)) continue;
    if (isLegacyDot(dh) || isLegacyDot(df)) return true;
  }
  return false;
}

/** The merged record and version of a record on both sides, given how each unit goes. */
function buildRow(entry: Entry, choices: ReadonlyMap<string, Side>): Row {
  const here = entry.here.row as Row;
  const file = entry.file.row as Row;
  let record = here.record;
  const fields: Record<string, Dot> = {};
  for (const { unit, take } of entry.units ?? []) {
    const side =
      take === 'conflict' ? (choices.get(`${entry.kind}/${entry.id}/${unit.key}`) ?? 'here') : take;
    if (unit.isSet) {
      let merged: string[];
      if (take === 'conflict') {
        // One side's whole list, each element with that side's dot.
        const source = side === 'here' ? here : file;
        merged = canonicalSet(readUnit(source.record, unit) as string[]);
        mergeSet(unit, here, file, fields);
        for (const key of Object.keys(fields)) {
          if (key.startsWith(`${unit.key}/`)) fields[key] = dotOf(source.version, key);
        }
      } else {
        merged = mergeSet(unit, here, file, fields);
      }
      if (!sameArray(merged, readUnit(record, unit))) record = writeUnit(record, unit, merged);
      continue;
    }
    const source = side === 'here' ? here : file;
    fields[unit.key] = dotOf(source.version, unit.key);
    if (side === 'file') {
      const value = readUnit(file.record, unit);
      if (!sameUnitValue(unit, value, readUnit(record, unit)))
        record = writeUnit(record, unit, value);
    }
  }
  const updatedAt = laterUpdatedAt(here, file);
  if (updatedAt !== record.updatedAt) record = { ...record, updatedAt };
  // The same on both laptops whichever merges. The two differ for version-1 records, and for a
  // record both created under an id they derive alike (a person's ballot in a round): the earlier
  // creation, by the order on writes, is the record's, its creation time with it.
  const isHereFirst = compareDots(here.version.created, file.version.created) <= 0;
  const createdAt = isHereFirst ? here.record.createdAt : file.record.createdAt;
  if (createdAt !== record.createdAt) record = { ...record, createdAt };
  const version = canonicalVersion({
    created: isHereFirst ? here.version.created : file.version.created,
    seen: unionSeen(here.version.seen, file.version.seen),
    fields,
  });
  return { record, version };
}

/**
 * Whether a copy holds a write that `seen` (a deletion's view of the record) does not include: an
 * edit made after, or without knowing of, the deletion. Restoring a record changes no field, so an
 * undone delete on one laptop and a delete on another is simply a delete.
 */
function isEditedSince(version: Version, seen: Version['seen']): boolean {
  if (!hasSeen(seen, version.created)) return true;
  for (const key in version.fields) {
    const dot = version.fields[key];
    if (dot !== undefined && !hasSeen(seen, dot)) return true;
  }
  return false;
}

/**
 * The "last changed" time people see: the newer copy's, when one has seen all of the other (so a
 * laptop whose clock is wrong cannot make an older copy look newer); the later of the two when
 * both changed. No merge decision reads it.
 */
function laterUpdatedAt(here: Row, file: Row): string {
  if (coversAll(here.version.seen, file.version.seen)) return here.record.updatedAt;
  if (coversAll(file.version.seen, here.version.seen)) return file.record.updatedAt;
  return here.record.updatedAt >= file.record.updatedAt
    ? here.record.updatedAt
    : file.record.updatedAt;
}

function sameArray(a: unknown, b: unknown): boolean {
  return (
    Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i])
  );
}

function mergedTombstone(a: Tombstone, b: Tombstone): Tombstone {
  const later = compareDots(a.deleted, b.deleted) >= 0 ? a : b;
  return { ...later, seen: unionSeen(a.seen, b.seen) };
}

function sameTombstone(a: Tombstone | null, b: Tombstone | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    sameDot(a.deleted, b.deleted) &&
    a.title === b.title &&
    coversAll(a.seen, b.seen) &&
    coversAll(b.seen, a.seen)
  );
}

/**
 * Compares the copy here with the copy in a file of the same workshop: what applies by itself and
 * what needs the room. Nothing is written; `resolveMerge` turns the plan and the room's choices
 * into the result.
 */
export function planMerge(here: ReplicaDocument, file: ReplicaDocument): MergePlan {
  const hereIndex = indexReplica(here);
  const fileIndex = indexReplica(file);
  const workshopId = here.doc.workshop.id;
  const entries: Entry[] = [];
  const auto: AutoChange[] = [];
  const conflicts: RecordConflict[] = [];

  const ids = [...new Set([...hereIndex.keys(), ...fileIndex.keys()])];
  for (const id of ids) {
    const h = hereIndex.get(id);
    const f = fileIndex.get(id);
    const kind = (h ?? f)?.kind as KindName;
    const entry: Entry = {
      kind,
      id,
      workshopId,
      here: h ?? NOTHING,
      file: f ?? NOTHING,
      conflict: null,
      units: null,
    };
    const hr = entry.here.row;
    const fr = entry.file.row;
    const ht = entry.here.tombstone;
    const ft = entry.file.tombstone;
    const title = titleOf(
      kind,
      (hr ?? fr)?.record ?? ({ id, title: (ht ?? ft)?.title } as AnyRecord),
    );

    if (hr && fr) {
      if (sameVersion(hr.version, fr.version)) continue; // the usual case: untouched on both sides
      entry.units = mergeUnits(kind, hr, fr);
      const fields: FieldConflict[] = [];
      const taken: string[] = [];
      for (const { unit, take } of entry.units) {
        const hereValue = readUnit(hr.record, unit);
        const fileValue = readUnit(fr.record, unit);
        if (take === 'conflict') {
          fields.push({
            key: `${kind}/${id}/${unit.key}`,
            unit,
            here: hereValue,
            file: fileValue,
            isHistoryUnknown:
              isLegacyDot(dotOf(hr.version, unit.key)) || isLegacyDot(dotOf(fr.version, unit.key)),
          });
        } else if (take === 'file' && !sameUnitValue(unit, hereValue, fileValue)) {
          taken.push(unit.key);
        }
      }
      for (const { unit, take } of entry.units) {
        if (!unit.isSet || take === 'conflict') continue;
        const merged = mergeSet(unit, hr, fr, {});
        if (!sameUnitValue(unit, merged, readUnit(hr.record, unit))) taken.push(unit.key);
      }
      if (fields.length > 0) {
        entry.conflict = {
          key: `${kind}/${id}`,
          kind,
          id,
          title,
          type: 'edited-on-both',
          fields,
          here: hr.record,
          file: fr.record,
        };
      }
      if (taken.length > 0) auto.push({ kind, id, title, action: 'edited', units: taken });
    } else if (hr && ft) {
      if (!hasSeen(hr.version.seen, ft.deleted)) {
        if (!isEditedSince(hr.version, ft.seen)) {
          auto.push({ kind, id, title, action: 'deleted', units: [] });
        } else {
          entry.conflict = deletionConflict(kind, id, title, 'deleted-in-file', hr.record, null);
        }
      }
    } else if (ht && fr) {
      if (hasSeen(fr.version.seen, ht.deleted)) {
        auto.push({ kind, id, title, action: 'added', units: [] });
      } else if (isEditedSince(fr.version, ht.seen)) {
        entry.conflict = deletionConflict(kind, id, title, 'deleted-here', null, fr.record);
      }
    } else if (!h && fr) {
      auto.push({ kind, id, title, action: 'added', units: [] });
    }
    if (entry.conflict) conflicts.push(entry.conflict);
    entries.push(entry);
  }
  return { here, file, auto, conflicts, entries };
}

function deletionConflict(
  kind: KindName,
  id: string,
  title: string,
  type: ConflictType,
  here: AnyRecord | null,
  file: AnyRecord | null,
): RecordConflict {
  return { key: `${kind}/${id}`, kind, id, title, type, fields: [], here, file };
}

/**
 * The choice a conflict takes until the room says otherwise: a field keeps what is here (nothing
 * changes without a decision); a record deleted on one side and edited on the other is kept, with
 * the edits (deleting work someone did is never the default).
 */
export function defaultChoice(conflict: RecordConflict): Side {
  if (conflict.type === 'deleted-here') return 'file';
  return 'here';
}

/** Every choice a plan needs, at its default. */
export function defaultChoices(plan: MergePlan): Map<string, Side> {
  const choices = new Map<string, Side>();
  for (const conflict of plan.conflicts) {
    if (conflict.type === 'edited-on-both') {
      for (const field of conflict.fields) choices.set(field.key, defaultChoice(conflict));
    } else {
      choices.set(conflict.key, defaultChoice(conflict));
    }
  }
  return choices;
}

/** One id's state after the merge. */
function resolveEntry(entry: Entry, choices: ReadonlyMap<string, Side>): Side3 {
  const { here, file } = entry;
  const hr = here.row;
  const fr = file.row;
  const ht = here.tombstone;
  const ft = file.tombstone;
  if (hr && fr) return { row: buildRow(entry, choices), tombstone: null };
  if (hr && ft) {
    if (hasSeen(hr.version.seen, ft.deleted)) return here;
    const side = entry.conflict
      ? (choices.get(entry.conflict.key) ?? defaultChoice(entry.conflict))
      : 'file';
    return side === 'here'
      ? {
          row: {
            record: hr.record,
            version: canonicalVersion({ ...hr.version, seen: unionSeen(hr.version.seen, ft.seen) }),
          },
          tombstone: null,
        }
      : { row: null, tombstone: { ...ft, seen: unionSeen(ft.seen, hr.version.seen) } };
  }
  if (ht && fr) {
    if (hasSeen(fr.version.seen, ht.deleted)) return file;
    // A stale copy: still deleted, and the deletion now knows what that copy had seen.
    if (!entry.conflict)
      return { row: null, tombstone: { ...ht, seen: unionSeen(ht.seen, fr.version.seen) } };
    const side = choices.get(entry.conflict.key) ?? defaultChoice(entry.conflict);
    return side === 'file'
      ? {
          row: {
            record: fr.record,
            version: canonicalVersion({ ...fr.version, seen: unionSeen(fr.version.seen, ht.seen) }),
          },
          tombstone: null,
        }
      : { row: null, tombstone: { ...ht, seen: unionSeen(ht.seen, fr.version.seen) } };
  }
  if (ht && ft) return { row: null, tombstone: mergedTombstone(ht, ft) };
  if (hr || ht) return here;
  return file;
}

/**
 * The merged workshop, given the room's choices (missing ones take `defaultChoice`), and the writes
 * that turn the copy here into it: only ids whose record, version or tombstone changes.
 */
export function resolveMerge(
  plan: MergePlan,
  choices: ReadonlyMap<string, Side> = new Map(),
): MergeResult {
  const writes: ExactWrite[] = [];
  for (const entry of plan.entries) {
    const state = resolveEntry(entry, choices);
    const before = entry.here;
    const isSame =
      state.row === null
        ? before.row === null && sameTombstone(state.tombstone, before.tombstone)
        : before.row !== null &&
          state.tombstone === null &&
          state.row.record === before.row.record &&
          sameVersion(state.row.version, before.row.version);
    if (isSame) continue;
    writes.push({
      kind: entry.kind,
      id: entry.id,
      workshopId: entry.workshopId,
      row: state.row as VersionedRecord | null,
      tombstone: state.tombstone,
    });
  }
  return { result: applyWrites(plan.here, writes), writes };
}

/** The copy here with the writes applied. */
export function applyWrites(here: ReplicaDocument, writes: readonly ExactWrite[]): ReplicaDocument {
  if (writes.length === 0) return here;
  const byId = new Map(writes.map((w) => [w.id, w]));
  const list = <T extends AnyRecord>(kind: KindName, records: readonly T[]): T[] => {
    const out: T[] = [];
    for (const record of records) {
      const write = byId.get(record.id);
      if (!write) out.push(record);
      else if (write.row) out.push(write.row.record as T);
    }
    for (const write of writes) {
      if (write.kind === kind && write.row && !here.versions.has(write.id)) {
        out.push(write.row.record as T);
      }
    }
    return out;
  };
  const versions = new Map(here.versions);
  const tombstones = new Map(here.tombstones.map((t) => [t.id, t]));
  for (const write of writes) {
    if (write.row) versions.set(write.id, write.row.version);
    else versions.delete(write.id);
    if (write.tombstone) tombstones.set(write.id, write.tombstone);
    else tombstones.delete(write.id);
  }
  const workshop = byId.get(here.doc.workshop.id)?.row?.record ?? here.doc.workshop;
  return {
    doc: documentOf(
      workshop as WorkshopDocument['workshop'],
      Object.fromEntries(CHILD_KINDS.map((kind) => [kind, list<AnyRecord>(kind, here.doc[kind])])),
    ),
    versions,
    tombstones: [...tombstones.values()],
  };
}
