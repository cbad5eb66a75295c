import { describe, expect, it } from 'vitest';
import type { History, HistoryEntry } from '../../shared/domain/undo.ts';
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  recordEdit,
  recordRedo,
  recordUndo,
} from '../../shared/domain/undo.ts';

describe('history', () => {
  const entry = (label: string): HistoryEntry => ({ label, change: {} });

  it('a new edit can be undone and clears what could be redone', () => {
    let h: History = recordEdit(EMPTY_HISTORY, entry('Move A'));
    h = recordUndo(h, entry('Move A'));
    expect(h.redo.map((e) => e.label)).toEqual(['Move A']);
    h = recordEdit(h, entry('Move B'));
    expect(h).toEqual({ undo: [entry('Move B')], redo: [] });
  });

  it('redo after undo moves the step back onto the undo side', () => {
    let h = recordEdit(recordEdit(EMPTY_HISTORY, entry('A')), entry('B'));
    h = recordUndo(h, entry('B'));
    h = recordUndo(h, entry('A'));
    expect(h.undo).toEqual([]);
    h = recordRedo(h, entry('A'));
    expect(h.undo.map((e) => e.label)).toEqual(['A']);
    expect(h.redo.map((e) => e.label)).toEqual(['B']);
  });

  it(`keeps the latest ${HISTORY_LIMIT} steps`, () => {
    let h: History = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = recordEdit(h, entry(`step ${i}`));
    expect(h.undo).toHaveLength(HISTORY_LIMIT);
    expect(h.undo[0]?.label).toBe('step 5');
  });
});
