import type { Change } from './change.ts';

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

/**
 * The step an undo (or redo) takes off its side before it is written. Taken off first, so that a
 * second press, or a Retry of a failed write, can never apply the same step twice.
 */
export function takeStep(
  history: History,
  side: 'undo' | 'redo',
): { entry: HistoryEntry | undefined; rest: History } {
  const entry = history[side].at(-1);
  return { entry, rest: { ...history, [side]: history[side].slice(0, -1) } };
}

/** After an undo has landed: `redoEntry` holds the change that re-applies it. */
export function recordUndo(history: History, redoEntry: HistoryEntry): History {
  return { undo: history.undo, redo: [...history.redo, redoEntry] };
}

/** After a redo has landed: `undoEntry` holds the change that takes it back again. */
export function recordRedo(history: History, undoEntry: HistoryEntry): History {
  return { undo: [...history.undo, undoEntry].slice(-HISTORY_LIMIT), redo: history.redo };
}
