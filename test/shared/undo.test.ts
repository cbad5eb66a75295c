import { describe, expect, it } from 'vitest';
import type { History, HistoryEntry } from '../../shared/domain/undo.ts';
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  recordEdit,
  recordRedo,
  recordUndo,
  takeStep,
} from '../../shared/domain/undo.ts';

describe('history', () => {
  const entry = (label: string): HistoryEntry => ({ label, change: {} });

  /** An undo (or redo) as perform does it: take the step off, write it, record the way back. */
  const undoOnce = (h: History) =>
    recordUndo(takeStep(h, 'undo').rest, entry(h.undo.at(-1)?.label ?? ''));
  const redoOnce = (h: History) =>
    recordRedo(takeStep(h, 'redo').rest, entry(h.redo.at(-1)?.label ?? ''));

  it('a new edit can be undone and clears what could be redone', () => {
    let h: History = recordEdit(EMPTY_HISTORY, entry('Move A'));
    h = undoOnce(h);
    expect(h.redo.map((e) => e.label)).toEqual(['Move A']);
    h = recordEdit(h, entry('Move B'));
    expect(h).toEqual({ undo: [entry('Move B')], redo: [] });
  });

  it('redo after undo moves the step back onto the undo side', () => {
    let h = recordEdit(recordEdit(EMPTY_HISTORY, entry('A')), entry('B'));
    h = undoOnce(undoOnce(h));
    expect(h.undo).toEqual([]);
    h = redoOnce(h);
    expect(h.undo.map((e) => e.label)).toEqual(['A']);
    expect(h.redo.map((e) => e.label)).toEqual(['B']);
  });

  it('takes a step off its side before it is written, so it cannot be applied twice', () => {
    const h = recordEdit(recordEdit(EMPTY_HISTORY, entry('A')), entry('B'));
    const { entry: taken, rest } = takeStep(h, 'undo');
    expect(taken?.label).toBe('B');
    expect(rest.undo.map((e) => e.label)).toEqual(['A']);
    expect(takeStep(EMPTY_HISTORY, 'redo').entry).toBeUndefined();
  });

  it(`keeps the latest ${HISTORY_LIMIT} steps`, () => {
    let h: History = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = recordEdit(h, entry(`step ${i}`));
    expect(h.undo).toHaveLength(HISTORY_LIMIT);
    expect(h.undo[0]?.label).toBe('step 5');
  });
});
