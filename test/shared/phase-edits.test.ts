import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/change.ts';
import type { WorkshopDocument } from '../../shared/domain/document.ts';
import {
  addPhase,
  deletePhase,
  editPhase,
  moveCandidate,
  movePhase,
  parseCapacity,
  renamePhase,
  roadmapColumns,
  validatePhaseFields,
} from '../../shared/domain/phase-edits.ts';
import { sortPhases } from '../../shared/roadmap/common.ts';
import { candidateSchema } from '../../shared/records/candidate.ts';
import { phaseSchema } from '../../shared/records/phase.ts';
import { aDocument, arbRoadmapDocument, resetTestEnv, testEnv } from '../fixtures/builders.ts';

/** The document after a Change, as the repository would store it. */
function applied(doc: WorkshopDocument, change: Change): WorkshopDocument {
  const merge = <T extends { id: string }>(records: T[], put: T[] = [], remove: string[] = []) => {
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const r of put) byId.set(r.id, r);
    for (const id of remove) byId.delete(id);
    return [...byId.values()];
  };
  return {
    ...doc,
    phases: merge(doc.phases, change.put.phases, change.remove.phases),
    candidates: merge(doc.candidates, change.put.candidates, change.remove.candidates),
  };
}

/** Titles per column: backlog first, then the phases in order. */
function titles(doc: WorkshopDocument): string[][] {
  const columns = roadmapColumns(doc);
  return [columns.backlog, ...columns.phases.map((p) => p.candidates)].map((list) =>
    list.map((c) => c.title),
  );
}

const ids = (change: Change, table: 'phases' | 'candidates'): string[] =>
  (change.put[table] ?? []).map((r) => r.id).sort();

beforeEach(() => resetTestEnv());

describe('parseCapacity and validatePhaseFields', () => {
  it('reads whole numbers written with digits only', () => {
    expect(parseCapacity(' 12 ')).toBe(12);
    expect(parseCapacity('0')).toBe(0);
    for (const text of ['', '12.5', '-1', '1e3', 'twelve', '0x10']) {
      expect(parseCapacity(text)).toBeNaN();
    }
  });

  it('asks for a name and a whole capacity from 0 to 10,000', () => {
    const capacityError =
      'Enter the capacity as a whole number of effort points, from 0 to 10,000.';
    expect(validatePhaseFields({ name: '  ', timeSpan: '', capacity: Number.NaN })).toEqual({
      name: 'Give the phase a name.',
      capacity: capacityError,
    });
    expect(validatePhaseFields({ name: 'P', timeSpan: '', capacity: 10_001 }).capacity).toBe(
      capacityError,
    );
    expect(validatePhaseFields({ name: 'P', timeSpan: '', capacity: 2.5 }).capacity).toBe(
      capacityError,
    );
    expect(validatePhaseFields({ name: 'x'.repeat(121), timeSpan: '', capacity: 1 }).name).toBe(
      'Keep the name under 120 characters.',
    );
    expect(validatePhaseFields({ name: 'P', timeSpan: 'y'.repeat(61), capacity: 1 })).toEqual({
      timeSpan: 'Keep the time span under 60 characters.',
    });
    expect(validatePhaseFields({ name: 'P', timeSpan: 'Q3', capacity: 0 })).toEqual({});
    expect(validatePhaseFields({ name: 'P', timeSpan: '', capacity: 10_000 })).toEqual({});
  });
});

describe('addPhase', () => {
  it('adds "Phase N" last, with no time span and a capacity of 8', () => {
    const doc = aDocument();
    const change = addPhase(doc, testEnv());
    expect(change.remove).toEqual({});
    expect(change.put.phases).toHaveLength(1);
    const phase = change.put.phases?.[0];
    expect(phase).toMatchObject({
      name: 'Phase 4',
      timeSpan: '',
      capacity: 8,
      order: 3,
      workshopId: doc.workshop.id,
      rev: 1,
    });
    expect(phaseSchema.parse(phase)).toEqual(phase);
    expect(sortPhases(applied(doc, change).phases).at(-1)?.name).toBe('Phase 4');
  });

  it('skips a name already taken and starts at order 0 on an empty roadmap', () => {
    const taken = aDocument({ phases: [{ name: 'Phase 2' }] });
    expect(addPhase(taken, testEnv()).put.phases?.[0]?.name).toBe('Phase 3');
    const empty = aDocument({ phases: [] });
    expect(addPhase(empty, testEnv()).put.phases?.[0]).toMatchObject({ name: 'Phase 1', order: 0 });
  });

  it('closes the gaps when the last order is at the schema’s cap', () => {
    const doc = aDocument({ phases: [{ order: 0 }, { order: 1_000 }] });
    const change = addPhase(doc, testEnv());
    const next = sortPhases(applied(doc, change).phases);
    expect(next.map((p) => p.order)).toEqual([0, 1, 2]);
    expect(next.at(-1)?.name).toBe('Phase 3');
    for (const p of next) expect(phaseSchema.parse(p)).toEqual(p);
  });
});

describe('editPhase and renamePhase', () => {
  it('saves trimmed fields as the next revision', () => {
    const doc = aDocument();
    const phase = doc.phases[0]!;
    const change = editPhase(
      phase,
      { name: '  Pilots ', timeSpan: ' Q1 2026 ', capacity: 20 },
      testEnv(),
    );
    expect(change.put.phases?.[0]).toMatchObject({
      id: phase.id,
      name: 'Pilots',
      timeSpan: 'Q1 2026',
      capacity: 20,
      order: phase.order,
      rev: phase.rev + 1,
    });
  });

  it('makes no change when nothing differs, so no empty undo step', () => {
    const phase = aDocument().phases[1]!;
    const fields = { name: `${phase.name} `, timeSpan: phase.timeSpan, capacity: phase.capacity };
    expect(editPhase(phase, fields, testEnv())).toEqual({ put: {}, remove: {} });
  });

  it('renames and keeps the rest', () => {
    const phase = aDocument().phases[2]!;
    const renamed = renamePhase(phase, 'Scale', testEnv()).put.phases?.[0];
    expect(renamed).toMatchObject({
      name: 'Scale',
      timeSpan: phase.timeSpan,
      capacity: phase.capacity,
    });
  });
});

describe('movePhase', () => {
  it('swaps with the neighbour and renumbers the orders 0..n-1', () => {
    const doc = aDocument();
    const [p1, p2, p3] = doc.phases.map((p) => p.id);
    const change = movePhase(doc, p3!, -1, testEnv());
    expect(ids(change, 'phases')).toEqual([p2, p3].sort());
    const next = applied(doc, change);
    expect(sortPhases(next.phases).map((p) => p.id)).toEqual([p1, p3, p2]);
    expect(sortPhases(next.phases).map((p) => p.order)).toEqual([0, 1, 2]);
    expect(sortPhases(applied(doc, movePhase(doc, p1!, 1, testEnv())).phases)[0]?.id).toBe(p2);
  });

  it('settles tied and gapped orders, and revises only the phases whose order changes', () => {
    const doc = aDocument({ phases: [{ order: 0 }, { order: 5 }, { order: 5 }, { order: 9 }] });
    const sorted = sortPhases(doc.phases);
    const change = movePhase(doc, sorted[3]!.id, -1, testEnv());
    expect(sortPhases(applied(doc, change).phases).map((p) => p.id)).toEqual(
      [sorted[0], sorted[1], sorted[3], sorted[2]].map((p) => p!.id),
    );
    expect(ids(change, 'phases')).not.toContain(sorted[0]!.id);
  });

  it('makes no change at either end or for an unknown phase', () => {
    const doc = aDocument();
    const none = { put: {}, remove: {} };
    expect(movePhase(doc, doc.phases[0]!.id, -1, testEnv())).toEqual(none);
    expect(movePhase(doc, doc.phases[2]!.id, 1, testEnv())).toEqual(none);
    expect(movePhase(doc, 'nope', 1, testEnv())).toEqual(none);
  });
});

describe('deletePhase', () => {
  it('removes the phase and sends its candidates to the end of the backlog, in their order', () => {
    const doc = aDocument({
      phases: [{ id: 'p1' }, { id: 'p2' }],
      candidates: [
        { id: 'a', title: 'A', phaseId: null, phaseOrder: 0 },
        { id: 'b', title: 'B', phaseId: null, phaseOrder: 1 },
        { id: 'x', title: 'X', phaseId: 'p1', phaseOrder: 1 },
        { id: 'y', title: 'Y', phaseId: 'p1', phaseOrder: 0 },
        { id: 'z', title: 'Z', phaseId: 'p2', phaseOrder: 0 },
      ],
    });
    const change = deletePhase(doc, 'p1', testEnv());
    expect(change.remove).toEqual({ phases: ['p1'] });
    expect(ids(change, 'candidates')).toEqual(['x', 'y']);
    expect(change.put.phases).toBeUndefined();
    const next = applied(doc, change);
    expect(titles(next)).toEqual([['A', 'B', 'Y', 'X'], ['Z']]);
    for (const c of change.put.candidates ?? []) {
      expect(c.phaseId).toBeNull();
      expect(candidateSchema.parse(c)).toEqual(c);
    }
  });

  it('makes no change for an unknown phase', () => {
    expect(deletePhase(aDocument(), 'nope', testEnv())).toEqual({ put: {}, remove: {} });
  });
});

describe('roadmapColumns', () => {
  it('orders by phaseOrder, then priority (unscored last), title and id', () => {
    const high = { financialImpact: 5, strategicImportance: 5 } as const;
    const feasible = { dataReadiness: 5, userReadiness: 5 } as const;
    const doc = aDocument({
      phases: [{ id: 'p1' }],
      candidates: [
        { id: 'c1', title: 'Unscored', phaseOrder: 0 },
        {
          id: 'c2',
          title: 'Scored',
          phaseOrder: 0,
          valueScores: high,
          feasibilityScores: feasible,
        },
        { id: 'c3', title: 'Later', phaseOrder: 1, valueScores: high, feasibilityScores: feasible },
        { id: 'c4', title: 'Gone phase', phaseId: 'deleted', phaseOrder: 0 },
        { id: 'c5', title: 'In p1', phaseId: 'p1', phaseOrder: 3 },
      ],
    });
    expect(titles(doc)).toEqual([['Scored', 'Gone phase', 'Unscored', 'Later'], ['In p1']]);
  });
});

describe('moveCandidate', () => {
  function planDoc(): WorkshopDocument {
    return aDocument({
      phases: [{ id: 'p1' }, { id: 'p2' }],
      candidates: [
        { id: 'a', title: 'A', phaseId: 'p1', phaseOrder: 0 },
        { id: 'b', title: 'B', phaseId: 'p1', phaseOrder: 1 },
        { id: 'c', title: 'C', phaseId: 'p1', phaseOrder: 2 },
        { id: 'd', title: 'D', phaseId: 'p2', phaseOrder: 0 },
        { id: 'e', title: 'E', phaseId: 'p2', phaseOrder: 1 },
        { id: 'f', title: 'F', phaseId: null, phaseOrder: 0 },
        { id: 'g', title: 'G', phaseId: null, phaseOrder: 1 },
      ],
    });
  }

  it('moves from the backlog into a phase at the index given', () => {
    const doc = planDoc();
    const change = moveCandidate(doc, 'f', 'p1', 1, testEnv());
    expect(titles(applied(doc, change))).toEqual([['G'], ['A', 'F', 'B', 'C'], ['D', 'E']]);
    // g closes the gap in the backlog; b and c shift down; a keeps its place.
    expect(ids(change, 'candidates')).toEqual(['b', 'c', 'f', 'g']);
    const moved = change.put.candidates?.find((c) => c.id === 'f');
    expect(moved).toMatchObject({ phaseId: 'p1', phaseOrder: 1, rev: 2 });
  });

  it('reorders within a phase like an array move, revising only what changed', () => {
    const doc = planDoc();
    const up = moveCandidate(doc, 'c', 'p1', 0, testEnv());
    expect(titles(applied(doc, up))[1]).toEqual(['C', 'A', 'B']);
    expect(ids(up, 'candidates')).toEqual(['a', 'b', 'c']);
    const down = moveCandidate(doc, 'a', 'p1', 1, testEnv());
    expect(titles(applied(doc, down))[1]).toEqual(['B', 'A', 'C']);
    expect(ids(down, 'candidates')).toEqual(['a', 'b']);
  });

  it('moves between phases and back to the backlog, renumbering both lists', () => {
    const doc = planDoc();
    const across = moveCandidate(doc, 'a', 'p2', 99, testEnv());
    expect(titles(applied(doc, across))).toEqual([
      ['F', 'G'],
      ['B', 'C'],
      ['D', 'E', 'A'],
    ]);
    expect(ids(across, 'candidates')).toEqual(['a', 'b', 'c']);
    const back = moveCandidate(doc, 'd', null, 0, testEnv());
    expect(titles(applied(doc, back))).toEqual([['D', 'F', 'G'], ['A', 'B', 'C'], ['E']]);
    expect(back.put.candidates?.find((c) => c.id === 'd')).toMatchObject({
      phaseId: null,
      phaseOrder: 0,
    });
  });

  it('makes no change for a move to where the card is, or to an unknown phase or card', () => {
    const doc = planDoc();
    const none = { put: { candidates: [] }, remove: {} };
    expect(moveCandidate(doc, 'b', 'p1', 1, testEnv())).toEqual(none);
    expect(moveCandidate(doc, 'b', 'nope', 0, testEnv())).toEqual({ put: {}, remove: {} });
    expect(moveCandidate(doc, 'nope', 'p1', 0, testEnv())).toEqual({ put: {}, remove: {} });
  });

  it('numbers a list with tied orders 0..n-1 in the order it is shown', () => {
    const doc = aDocument({
      phases: [{ id: 'p1' }],
      candidates: [
        { id: 'x', title: 'X', phaseOrder: 0 },
        { id: 'y', title: 'Y', phaseOrder: 0 },
        { id: 'z', title: 'Z', phaseOrder: 0 },
      ],
    });
    const change = moveCandidate(doc, 'y', 'p1', 0, testEnv());
    const next = applied(doc, change);
    expect(titles(next)).toEqual([['X', 'Z'], ['Y']]);
    // x keeps 0; z goes from 0 to 1.
    expect(ids(change, 'candidates')).toEqual(['y', 'z']);
  });

  it('takes a card whose phase was deleted from the backlog and repairs only that card', () => {
    const doc = aDocument({
      phases: [{ id: 'p1' }],
      candidates: [
        { id: 'lost', title: 'Lost', phaseId: 'gone', phaseOrder: 0 },
        { id: 'other', title: 'Other lost', phaseId: 'gone', phaseOrder: 1 },
      ],
    });
    const change = moveCandidate(doc, 'lost', null, 1, testEnv());
    expect(titles(applied(doc, change))).toEqual([['Other lost', 'Lost'], []]);
    const byId = new Map(change.put.candidates?.map((c) => [c.id, c]));
    expect(byId.get('lost')).toMatchObject({ phaseId: null, phaseOrder: 1 });
    expect(byId.get('other')).toMatchObject({ phaseId: 'gone', phaseOrder: 0 });
  });

  it('on any roadmap: lands where asked, keeps the other cards in order, changes only what moved', () => {
    const arbMove = arbRoadmapDocument({ maxCandidates: 12 })
      .filter((doc) => doc.candidates.length > 0)
      .chain((doc) =>
        fc.record({
          doc: fc.constant(doc),
          candidate: fc.constantFrom(...doc.candidates),
          toPhaseId: fc.option(fc.constantFrom(...doc.phases.map((p) => p.id)), { nil: null }),
          toIndex: fc.integer({ min: -2, max: 15 }),
        }),
      );
    fc.assert(
      fc.property(arbMove, ({ doc, candidate, toPhaseId, toIndex }) => {
        const before = roadmapColumns(doc);
        const change = moveCandidate(doc, candidate.id, toPhaseId, toIndex, testEnv());
        const next = applied(doc, change);
        const after = roadmapColumns(next);
        const listOf = (columns: typeof before, phaseId: string | null) =>
          (phaseId === null
            ? columns.backlog
            : (columns.phases.find((p) => p.phase.id === phaseId)?.candidates ?? [])
          ).map((c) => c.id);
        const target = listOf(after, toPhaseId);
        const others = listOf(before, toPhaseId).filter((id) => id !== candidate.id);
        expect(target.indexOf(candidate.id)).toBe(Math.min(Math.max(0, toIndex), others.length));
        expect(target.filter((id) => id !== candidate.id)).toEqual(others);
        // Every other column keeps its cards, in order (minus the moved one).
        for (const column of [null, ...doc.phases.map((p) => p.id)]) {
          if (column === toPhaseId) continue;
          expect(listOf(after, column)).toEqual(
            listOf(before, column).filter((id) => id !== candidate.id),
          );
        }
        for (const c of change.put.candidates ?? []) {
          const old = doc.candidates.find((o) => o.id === c.id);
          expect(old).toBeDefined();
          expect(old?.phaseId !== c.phaseId || old?.phaseOrder !== c.phaseOrder).toBe(true);
          expect(c.rev).toBe((old?.rev ?? 0) + 1);
          expect(candidateSchema.safeParse(c).success).toBe(true);
        }
      }),
    );
  });
});
