/**
 * What one user action does to the stored data, as the single shape for edits, undo, import,
 * merge and restore (cf. tldraw's RecordsDiff). Domain functions return a Change; the db layer
 * applies it in one transaction (shared/domain/apply.ts says exactly how).
 *
 * Edits say what they mean, not what the record ends up as:
 * - `create`: new records, whole;
 * - `patch`: per record, the units it sets and the set elements it adds or removes, applied to the
 *   record as it is stored at that moment, so an edit never reverts a field it did not touch;
 * - `delete`: ids; each leaves a tombstone;
 * - `restore`: records back from their tombstone as they were (the undo of a delete).
 * Each of these is stamped with the write's dot (version.ts), so a merge can tell who changed what.
 *
 * `exact` writes rows exactly as given, versions and tombstones included: an imported file, a
 * merge's result, and the undo of either. `dropWorkshops` removes workshops from the library with
 * everything under them, tombstones too. `expect` makes the write refuse (StaleChangeError) when the
 * data it was computed from has changed in the meantime.
 */
import type { AnyRecord, KindName, KindRecords } from '../records/kinds.ts';
import { KINDS } from '../records/kinds.ts';
import { readUnit, sameUnitValue, unitsOf } from '../records/units.ts';
import type { Tombstone, Version } from '../records/version.ts';

/** A partial of a record's fields, down to its units: `{ valueScores: { riskMitigation: 4 } }`. */
export type UnitPatch<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K]
    : T[K] extends object | null
      ? null extends T[K]
        ? T[K]
        : UnitPatch<T[K]>
      : T[K];
};

type Fields<T> = Omit<T, 'id' | 'workshopId' | 'createdAt' | 'updatedAt'>;

/** The set units of a record type: its fields that are lists of ids. */
type SetKeys<T> = { [K in keyof T]: T[K] extends readonly string[] ? K : never }[keyof T];

export interface RecordPatch<T = AnyRecord> {
  id: string;
  set?: UnitPatch<Fields<T>>;
  /** Ids added to a set unit (kinds.ts `sets`); already there, nothing happens. */
  add?: Partial<Record<SetKeys<T>, readonly string[]>>;
  /** Ids removed from a set unit; not there, nothing happens. */
  remove?: Partial<Record<SetKeys<T>, readonly string[]>>;
}

/** A record with the version it is stored with. */
export interface VersionedRecord<T = AnyRecord> {
  record: T;
  version: Version;
}

/**
 * A record brought back from its tombstone: with the version it had (the undo of a delete), or
 * null when that is not known (a snapshot restored): it then comes back as written by the write
 * that restores it.
 */
export interface RestoredRecord<T = AnyRecord> {
  record: T;
  version: Version | null;
}

/** What one id holds after an exact write: a record and its version, a tombstone, or nothing. */
export interface ExactWrite {
  kind: KindName;
  id: string;
  workshopId: string;
  row: VersionedRecord | null;
  tombstone: Tombstone | null;
}

export interface Change {
  create?: { [K in KindName]?: KindRecords[K][] };
  patch?: { [K in KindName]?: RecordPatch<KindRecords[K]>[] };
  delete?: { [K in KindName]?: string[] };
  restore?: { [K in KindName]?: RestoredRecord<KindRecords[K]>[] };
  exact?: ExactWrite[];
  dropWorkshops?: string[];
  expect?: ChangeExpectation;
}

export interface ChangeExpectation {
  /** The replica's write counter the change was computed at: any write since makes it stale. */
  clock?: number;
  /** Ids that must not be stored yet (an import that keeps the file's ids). */
  absent?: readonly string[];
}

export const NO_CHANGE: Change = {};

/** Thrown by the repository when a change's `expect` no longer holds; nothing is written. */
export class StaleChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaleChangeError';
  }
}

function count(map: Partial<Record<KindName, readonly unknown[]>> | undefined): number {
  if (!map) return 0;
  return KINDS.reduce((n, k) => n + (map[k]?.length ?? 0), 0);
}

export function isEmptyChange(change: Change): boolean {
  return (
    count(change.create) +
      count(change.patch) +
      count(change.delete) +
      count(change.restore) +
      (change.exact?.length ?? 0) +
      (change.dropWorkshops?.length ?? 0) ===
    0
  );
}

/**
 * The patch that turns `before` into `after`, unit by unit: only what differs is set, and set
 * units become the ids added and removed. Null when nothing differs. This is how a form writes
 * only the fields the user changed: `before` is the record as the form opened it.
 */
export function patchBetween<K extends KindName>(
  kind: K,
  before: KindRecords[K],
  after: Fields<KindRecords[K]> | KindRecords[K],
): RecordPatch<KindRecords[K]> | null {
  const set: Record<string, unknown> = {};
  const add: Record<string, string[]> = {};
  const remove: Record<string, string[]> = {};
  let isChanged = false;
  for (const unit of unitsOf(kind)) {
    const from = readUnit(before, unit);
    const to = readUnit(after as AnyRecord, unit);
    if (to === undefined || sameUnitValue(unit, from, to)) continue;
    isChanged = true;
    if (unit.isSet) {
      const old = new Set(from as string[]);
      const next = new Set(to as string[]);
      const added = [...next].filter((id) => !old.has(id));
      const removed = [...old].filter((id) => !next.has(id));
      if (added.length > 0) add[unit.key] = added;
      if (removed.length > 0) remove[unit.key] = removed;
      continue;
    }
    let node = set;
    unit.path.forEach((step, i) => {
      if (i === unit.path.length - 1) node[step] = to;
      else node = (node[step] ??= {}) as Record<string, unknown>;
    });
  }
  if (!isChanged) return null;
  return {
    id: before.id,
    ...(Object.keys(set).length > 0 ? { set: set as UnitPatch<Fields<KindRecords[K]>> } : {}),
    ...(Object.keys(add).length > 0 ? { add } : {}),
    ...(Object.keys(remove).length > 0 ? { remove } : {}),
  } as RecordPatch<KindRecords[K]>;
}

/** A change that patches one record, or no change when the patch is null. */
export function patchChange<K extends KindName>(
  kind: K,
  patch: RecordPatch<KindRecords[K]> | null,
): Change {
  if (patch === null) return NO_CHANGE;
  return { patch: { [kind]: [patch] } } as Change;
}

/** Several patches of one kind as one change (one undo step); nulls are skipped. */
export function patchesChange<K extends KindName>(
  kind: K,
  patches: ReadonlyArray<RecordPatch<KindRecords[K]> | null>,
): Change {
  const kept = patches.filter((p): p is RecordPatch<KindRecords[K]> => p !== null);
  return kept.length === 0 ? NO_CHANGE : ({ patch: { [kind]: kept } } as Change);
}

type Lists = Partial<Record<KindName, readonly unknown[]>>;

function joinLists(x: Lists | undefined, y: Lists | undefined): Lists | undefined {
  if (!x && !y) return undefined;
  const out: Partial<Record<KindName, unknown[]>> = {};
  for (const k of KINDS) {
    const both = [...(x?.[k] ?? []), ...(y?.[k] ?? [])];
    if (both.length > 0) out[k] = both;
  }
  return out;
}

/** Two changes as one (one transaction, one undo step). Neither may touch an id the other does. */
export function combineChanges(a: Change, b: Change): Change {
  const out: Record<string, unknown> = {};
  for (const key of ['create', 'patch', 'delete', 'restore'] as const) {
    const joined = joinLists(a[key] as Lists | undefined, b[key] as Lists | undefined);
    if (joined) out[key] = joined;
  }
  if (a.exact || b.exact) out.exact = [...(a.exact ?? []), ...(b.exact ?? [])];
  if (a.dropWorkshops || b.dropWorkshops)
    out.dropWorkshops = [...(a.dropWorkshops ?? []), ...(b.dropWorkshops ?? [])];
  return out as Change;
}
