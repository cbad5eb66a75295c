import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, TableName } from '../../shared/domain/change.ts';
import { TABLES } from '../../shared/domain/change.ts';
import type { History, HistoryEntry } from '../../shared/domain/undo.ts';
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  invertChange,
  recordEdit,
  recordRedo,
  recordUndo,
  restamp,
} from '../../shared/domain/undo.ts';
import type { Candidate } from '../../shared/records/candidate.ts';
import {
  aCandidate,
  aDocument,
  aPhase,
  aWorkshop,
  arbDocument,
  testEnv,
} from '../fixtures/builders.ts';

type Row = { id: string; rev: number };
type Store = Record<TableName, Map<string, Row>>;

function storeOf(records: Partial<Record<TableName, Row[]>>): Store {
  return {
    workshops: new Map((records.workshops ?? []).map((r) => [r.id, r])),
    phases: new Map((records.phases ?? []).map((r) => [r.id, r])),
    candidates: new Map((records.candidates ?? []).map((r) => [r.id, r])),
    components: new Map((records.components ?? []).map((r) => [r.id, r])),
  };
}

/** What the repository does, in memory: returns the inverse computed before writing. */
function apply(store: Store, change: Change): Change {
  const inverse = invertChange(change, (t, id) => store[t].get(id) as never);
  for (const t of TABLES) {
    for (const id of change.remove[t] ?? []) store[t].delete(id);
    for (const r of change.put[t] ?? []) store[t].set(r.id, r);
  }
  return inverse;
}

function snapshot(store: Store) {
  return Object.fromEntries(
    TABLES.map((t) => [t, [...store[t].values()].sort((a, b) => a.id.localeCompare(b.id))]),
  );
}

describe('invertChange', () => {
  const env = testEnv();
  const old = aCandidate({ id: 'c1', title: 'Old' }, env);
  const edited: Candidate = { ...old, title: 'New', rev: 2 };

  it('puts an edited record back as it was', () => {
    expect(invertChange({ put: { candidates: [edited] }, remove: {} }, () => old)).toEqual({
      put: { workshops: [], phases: [], candidates: [old], components: [] },
      remove: { workshops: [], phases: [], candidates: [], components: [] },
    });
  });

  it('removes a record that the change created', () => {
    const inverse = invertChange({ put: { candidates: [edited] }, remove: {} }, () => undefined);
    expect(inverse.remove.candidates).toEqual(['c1']);
    expect(inverse.put.candidates).toEqual([]);
  });

  it('brings back a record that the change removed, of every kind', () => {
    const w = aWorkshop({ id: 'w9' }, env);
    const p = aPhase({ id: 'p9' }, env);
    const rows: Record<string, unknown> = { w9: w, p9: p, c1: old };
    const inverse = invertChange(
      { put: {}, remove: { workshops: ['w9'], phases: ['p9'], candidates: ['c1', 'never-there'] } },
      (_t, id) => rows[id] as never,
    );
    expect(inverse.put).toEqual({ workshops: [w], phases: [p], candidates: [old], components: [] });
  });

  it('undoing any change restores the data exactly; redoing it re-applies it exactly', () => {
    fc.assert(
      fc.property(arbDocument(), fc.nat(), fc.nat(), (doc, cut, edits) => {
        const store = storeOf({
          workshops: [doc.workshop],
          phases: doc.phases,
          candidates: doc.candidates,
        });
        const before = snapshot(store);
        // A change that edits some candidates, removes some, and adds one.
        const kept = doc.candidates.slice(cut % (doc.candidates.length + 1));
        const removed = doc.candidates.slice(0, cut % (doc.candidates.length + 1)).map((c) => c.id);
        const change: Change = {
          put: {
            candidates: [
              ...kept
                .slice(0, edits % (kept.length + 1))
                .map((c) => ({ ...c, title: `${c.title}!`, rev: c.rev + 1 })),
              aCandidate({ id: 'brand-new', workshopId: doc.workshop.id }),
            ],
          },
          remove: { candidates: removed, phases: doc.phases.slice(0, 1).map((p) => p.id) },
        };
        const inverse = apply(store, change);
        const after = snapshot(store);
        const redo = apply(store, inverse);
        expect(snapshot(store)).toEqual(before);
        apply(store, redo);
        expect(snapshot(store)).toEqual(after);
      }),
      { numRuns: 60 },
    );
  });
});

describe('restamp', () => {
  it('stamps records written back by undo as newer revisions than what is stored', () => {
    const doc = aDocument({ candidates: [{ id: 'c1', rev: 3 }] });
    const change = restamp(
      { put: { candidates: doc.candidates }, remove: {} },
      '2026-05-01T10:00:00.000Z',
      () => 7,
    );
    expect(change.put.candidates?.[0]).toMatchObject({
      id: 'c1',
      rev: 8,
      updatedAt: '2026-05-01T10:00:00.000Z',
    });
  });
});

describe('history', () => {
  const entry = (label: string): HistoryEntry => ({ label, change: { put: {}, remove: {} } });

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
