import type { AnyRecord, Change, TableName } from './change.ts';
import { TABLES } from './change.ts';

/** Reads a record as it is stored right now, before a change is applied. */
export type RecordLookup = (table: TableName, id: string) => AnyRecord | undefined;

/**
 * The change that undoes `change`, given the records as they were before it: every record it
 * writes goes back to its old content (or away, if it was new) and every record it removes comes
 * back. Applying a change and then its inverse leaves the data as it was (up to revision stamps).
 */
export function invertChange(change: Change, before: RecordLookup): Change {
  const inverse: { put: Record<TableName, AnyRecord[]>; remove: Record<TableName, string[]> } = {
    put: { workshops: [], phases: [], candidates: [], components: [] },
    remove: { workshops: [], phases: [], candidates: [], components: [] },
  };
  for (const table of TABLES) {
    for (const record of change.put[table] ?? []) {
      const old = before(table, record.id);
      if (old) inverse.put[table].push(old);
      else inverse.remove[table].push(record.id);
    }
    for (const id of change.remove[table] ?? []) {
      const old = before(table, id);
      if (old) inverse.put[table].push(old);
    }
  }
  return inverse as Change;
}

/** The ids a change touches, per table: what must be read before it to invert it. */
export function touchedIds(change: Change): Record<TableName, string[]> {
  const ids = (table: TableName) => [
    ...(change.put[table] ?? []).map((r) => r.id),
    ...(change.remove[table] ?? []),
  ];
  return {
    workshops: ids('workshops'),
    phases: ids('phases'),
    candidates: ids('candidates'),
    components: ids('components'),
  };
}

/**
 * Stamps every record an undo or redo writes back as a new edit: updated now, with a revision
 * above the one stored. Revisions only ever go up, so a later merge sees the undo as the newest
 * edit instead of mistaking it for an old copy.
 */
export function restamp(
  change: Change,
  now: string,
  storedRev: (table: TableName, id: string) => number,
): Change {
  const stamp = <T extends AnyRecord>(table: TableName, records: readonly T[] | undefined): T[] =>
    (records ?? []).map((r) => ({
      ...r,
      updatedAt: now,
      rev: Math.max(r.rev, storedRev(table, r.id)) + 1,
    }));
  return {
    put: {
      workshops: stamp('workshops', change.put.workshops),
      phases: stamp('phases', change.put.phases),
      candidates: stamp('candidates', change.put.candidates),
      components: stamp('components', change.put.components),
    },
    remove: change.remove,
  };
}

/** One step of history: what it was called and the change that takes it back (or forward). */
export interface HistoryEntry {
  label: string;
  change: Change;
}

export interface History {
  undo: readonly HistoryEntry[];
  redo: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] };

/** How many steps a workshop keeps; older ones fall off the bottom. */
export const HISTORY_LIMIT = 200;

/** A new edit: it can be undone, and whatever was undone before can no longer be redone. */
export function recordEdit(history: History, entry: HistoryEntry): History {
  return { undo: [...history.undo, entry].slice(-HISTORY_LIMIT), redo: [] };
}

/** After an undo has been applied: `redoEntry` holds the change that re-applies it. */
export function recordUndo(history: History, redoEntry: HistoryEntry): History {
  return { undo: history.undo.slice(0, -1), redo: [...history.redo, redoEntry] };
}

/** After a redo has been applied: `undoEntry` holds the change that takes it back again. */
export function recordRedo(history: History, undoEntry: HistoryEntry): History {
  return {
    undo: [...history.undo, undoEntry].slice(-HISTORY_LIMIT),
    redo: history.redo.slice(0, -1),
  };
}
