import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../shared/domain/change.ts';
import { isEmptyChange } from '../../shared/domain/change.ts';
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
import { compareRanks, rankOfIndex } from '../../shared/domain/rank.ts';
import { sortPhases } from '../../shared/roadmap/common.ts';
import type { Candidate } from '../../shared/records/candidate.ts';
import { candidateSchema } from '../../shared/records/candidate.ts';
import { phaseSchema } from '../../shared/records/phase.ts';
import {
  aDocument,
  applied,
  arbRoadmapDocument,
  idsWritten,
  resetTestEnv,
  testEnv,
} from '../fixtures/builders.ts';

/** Titles per column: backlog first, then the phases in order. */
function titles(doc: WorkshopDocument): string[][] {
  const columns = roadmapColumns(doc);
  return [columns.backlog, ...columns.phases.map((p) => p.candidates)].map((list) =>
    list.map((c) => c.title),
  );
}

/**
 * What a change really changes of each candidate it writes: the fields whose stored value differs
 * afterwards (createdAt/updatedAt aside), by id. A patch may only carry a card's place.
 */
function candidateFieldsChanged(doc: WorkshopDocument, change: Change): Record<string, string[]> {
  const next = new Map(applied(doc, change).candidates.map((c) => [c.id, c]));
  const out: Record<string, string[]> = {};
  for (const patch of change.patch?.candidates ?? []) {
    expect(patch.add).toBeUndefined();
    expect(patch.remove).toBeUndefined();
    expect(['phaseId', 'phaseRank']).toEqual(expect.arrayContaining(Object.keys(patch.set ?? {})));
    const before = doc.candidates.find((c) => c.id === patch.id);
    const after = next.get(patch.id);
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    if (before === undefined || after === undefined) continue;
    const keys = Object.keys(before) as Array<keyof Candidate>;
    out[patch.id] = keys
      .filter((k) => k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .sort();
  }
  return out;
}

/** The rank a change gives a candidate. */
const rankSet = (change: Change, id: string): string | undefined =>
  change.patch?.candidates?.find((p) => p.id === id)?.set?.phaseRank;

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

/** Patches sorted by id, for comparisons that do not depend on the order they are listed in. */
const sortedById = <T extends { id: string }>(items: readonly T[] | undefined): T[] =>
  [...(items ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('addPhase', () => {
  it('adds "Phase N" last, with no time span and a capacity of 8', () => {
    const doc = aDocument();
    const change = addPhase(doc, testEnv());
    // One new phase, and nothing else written.
    expect(Object.keys(change)).toEqual(['create']);
    expect(Object.keys(change.create ?? {})).toEqual(['phases']);
    expect(change.create?.phases).toHaveLength(1);
    const phase = change.create?.phases?.[0];
    expect(phase).toMatchObject({
      name: 'Phase 4',
      timeSpan: '',
      capacity: 8,
      order: 3,
      workshopId: doc.workshop.id,
    });
    expect(doc.phases.map((p) => p.id)).not.toContain(phase?.id);
    expect(phaseSchema.parse(phase)).toEqual(phase);
    expect(sortPhases(applied(doc, change).phases).at(-1)?.name).toBe('Phase 4');
  });

  it('skips a name already taken and starts at order 0 on an empty roadmap', () => {
    const taken = aDocument({ phases: [{ name: 'Phase 2' }] });
    expect(addPhase(taken, testEnv()).create?.phases?.[0]?.name).toBe('Phase 3');
    const empty = aDocument({ phases: [] });
    expect(addPhase(empty, testEnv()).create?.phases?.[0]).toMatchObject({
      name: 'Phase 1',
      order: 0,
    });
  });

  it('closes the gaps when the last order is at the schema’s cap', () => {
    const doc = aDocument({ phases: [{ order: 0 }, { order: 1_000 }] });
    const change = addPhase(doc, testEnv());
    // Only the phase whose order changes is written, and only its order.
    expect(change.patch?.phases).toEqual([{ id: doc.phases[1]!.id, set: { order: 1 } }]);
    const next = sortPhases(applied(doc, change).phases);
    expect(next.map((p) => p.order)).toEqual([0, 1, 2]);
    expect(next.at(-1)?.name).toBe('Phase 3');
    for (const p of next) expect(phaseSchema.parse(p)).toEqual(p);
  });
});

describe('editPhase and renamePhase', () => {
  it('saves the trimmed fields that changed, and only those', () => {
    const doc = aDocument();
    const phase = doc.phases[0]!;
    const change = editPhase(phase, { name: '  Pilots ', timeSpan: ' Q1 2026 ', capacity: 20 });
    expect(change).toEqual({
      patch: {
        phases: [{ id: phase.id, set: { name: 'Pilots', timeSpan: 'Q1 2026', capacity: 20 } }],
      },
    });
    expect(applied(doc, change).phases[0]).toMatchObject({
      id: phase.id,
      name: 'Pilots',
      timeSpan: 'Q1 2026',
      capacity: 20,
      order: phase.order,
    });
    // A field left as it was (up to the trimming) is not written.
    const capacityOnly = editPhase(phase, {
      name: ` ${phase.name}`,
      timeSpan: phase.timeSpan,
      capacity: 7,
    });
    expect(capacityOnly).toEqual({ patch: { phases: [{ id: phase.id, set: { capacity: 7 } }] } });
  });

  it('makes no change when nothing differs, so no empty undo step', () => {
    const phase = aDocument().phases[1]!;
    const fields = { name: `${phase.name} `, timeSpan: phase.timeSpan, capacity: phase.capacity };
    expect(isEmptyChange(editPhase(phase, fields))).toBe(true);
  });

  it('renames and keeps the rest', () => {
    const doc = aDocument();
    const phase = doc.phases[2]!;
    const change = renamePhase(phase, 'Scale');
    expect(idsWritten(change, 'phases')).toEqual([phase.id]);
    expect(change.patch?.phases?.[0]?.set).toEqual({ name: 'Scale' });
    const renamed = applied(doc, change).phases.find((p) => p.id === phase.id);
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
    const change = movePhase(doc, p3!, -1);
    expect(sortedById(change.patch?.phases)).toEqual(
      sortedById([
        { id: p2!, set: { order: 2 } },
        { id: p3!, set: { order: 1 } },
      ]),
    );
    const next = applied(doc, change);
    expect(sortPhases(next.phases).map((p) => p.id)).toEqual([p1, p3, p2]);
    expect(sortPhases(next.phases).map((p) => p.order)).toEqual([0, 1, 2]);
    expect(sortPhases(applied(doc, movePhase(doc, p1!, 1)).phases)[0]?.id).toBe(p2);
  });

  it('settles tied and gapped orders, and writes only the phases whose order changes', () => {
    const doc = aDocument({ phases: [{ order: 0 }, { order: 5 }, { order: 5 }, { order: 9 }] });
    const sorted = sortPhases(doc.phases);
    const change = movePhase(doc, sorted[3]!.id, -1);
    const next = sortPhases(applied(doc, change).phases);
    expect(next.map((p) => p.id)).toEqual(
      [sorted[0], sorted[1], sorted[3], sorted[2]].map((p) => p!.id),
    );
    expect(next.map((p) => p.order)).toEqual([0, 1, 2, 3]);
    expect(idsWritten(change, 'phases')).not.toContain(sorted[0]!.id);
    expect(sortedById(change.patch?.phases)).toEqual(
      sortedById([
        { id: sorted[1]!.id, set: { order: 1 } },
        { id: sorted[3]!.id, set: { order: 2 } },
        { id: sorted[2]!.id, set: { order: 3 } },
      ]),
    );
  });

  it('makes no change at either end or for an unknown phase', () => {
    const doc = aDocument();
    expect(isEmptyChange(movePhase(doc, doc.phases[0]!.id, -1))).toBe(true);
    expect(isEmptyChange(movePhase(doc, doc.phases[2]!.id, 1))).toBe(true);
    expect(isEmptyChange(movePhase(doc, 'nope', 1))).toBe(true);
  });
});

describe('deletePhase', () => {
  it('removes the phase and sends its candidates to the end of the backlog, in their order', () => {
    const doc = aDocument({
      phases: [{ id: 'p1' }, { id: 'p2' }],
      candidates: [
        { id: 'a', title: 'A', phaseId: null, phaseRank: rankOfIndex(0) },
        { id: 'b', title: 'B', phaseId: null, phaseRank: rankOfIndex(1) },
        { id: 'x', title: 'X', phaseId: 'p1', phaseRank: rankOfIndex(1) },
        { id: 'y', title: 'Y', phaseId: 'p1', phaseRank: rankOfIndex(0) },
        { id: 'z', title: 'Z', phaseId: 'p2', phaseRank: rankOfIndex(0) },
      ],
    });
    const change = deletePhase(doc, 'p1');
    expect(change.delete).toEqual({ phases: ['p1'] });
    expect(change.create).toBeUndefined();
    expect(change.patch?.phases).toBeUndefined();
    expect(idsWritten(change, 'phases')).toEqual(['p1']);
    expect(idsWritten(change, 'candidates')).toEqual(['x', 'y']);
    expect(candidateFieldsChanged(doc, change)).toEqual({
      x: ['phaseId', 'phaseRank'],
      y: ['phaseId', 'phaseRank'],
    });
    const next = applied(doc, change);
    expect(next.phases.map((p) => p.id)).toEqual(['p2']);
    expect(titles(next)).toEqual([['A', 'B', 'Y', 'X'], ['Z']]);
    // After what was there, by rank alone (not by the tie-break).
    const backlog = roadmapColumns(next).backlog;
    for (let k = 1; k < backlog.length; k += 1) {
      expect(compareRanks(backlog[k - 1]!.phaseRank, backlog[k]!.phaseRank)).toBe(-1);
    }
    for (const id of ['x', 'y']) {
      const c = next.candidates.find((o) => o.id === id);
      expect(c?.phaseId).toBeNull();
      expect(candidateSchema.parse(c)).toEqual(c);
    }
  });

  it('makes no change for an unknown phase', () => {
    expect(isEmptyChange(deletePhase(aDocument(), 'nope'))).toBe(true);
  });
});

describe('roadmapColumns', () => {
  it('orders by phaseRank, then priority (unscored last), title and id', () => {
    const high = { financialImpact: 5, strategicImportance: 5 } as const;
    const feasible = { dataReadiness: 5, userReadiness: 5 } as const;
    const doc = aDocument({
      phases: [{ id: 'p1' }],
      candidates: [
        { id: 'c1', title: 'Unscored', phaseRank: rankOfIndex(0) },
        {
          id: 'c2',
          title: 'Scored',
          phaseRank: rankOfIndex(0),
          valueScores: high,
          feasibilityScores: feasible,
        },
        {
          id: 'c3',
          title: 'Later',
          phaseRank: rankOfIndex(1),
          valueScores: high,
          feasibilityScores: feasible,
        },
        { id: 'c4', title: 'Gone phase', phaseId: 'deleted', phaseRank: rankOfIndex(0) },
        { id: 'c5', title: 'In p1', phaseId: 'p1', phaseRank: rankOfIndex(3) },
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
        { id: 'a', title: 'A', phaseId: 'p1', phaseRank: rankOfIndex(0) },
        { id: 'b', title: 'B', phaseId: 'p1', phaseRank: rankOfIndex(1) },
        { id: 'c', title: 'C', phaseId: 'p1', phaseRank: rankOfIndex(2) },
        { id: 'd', title: 'D', phaseId: 'p2', phaseRank: rankOfIndex(0) },
        { id: 'e', title: 'E', phaseId: 'p2', phaseRank: rankOfIndex(1) },
        { id: 'f', title: 'F', phaseId: null, phaseRank: rankOfIndex(0) },
        { id: 'g', title: 'G', phaseId: null, phaseRank: rankOfIndex(1) },
      ],
    });
  }

  /** Whether `rank` lies strictly between `before` and `after` (null: that end is open). */
  const isBetween = (rank: string | undefined, before: string | null, after: string | null) =>
    rank !== undefined &&
    (before === null || compareRanks(before, rank) < 0) &&
    (after === null || compareRanks(rank, after) < 0);

  it('moves from the backlog into a phase at the index given', () => {
    const doc = planDoc();
    const change = moveCandidate(doc, 'f', 'p1', 1);
    expect(titles(applied(doc, change))).toEqual([['G'], ['A', 'F', 'B', 'C'], ['D', 'E']]);
    // Only the moved card is written: it gets a rank between A's and B's; nothing else moves.
    expect(change).toEqual({
      patch: { candidates: [{ id: 'f', set: { phaseId: 'p1', phaseRank: expect.any(String) } }] },
    });
    expect(isBetween(rankSet(change, 'f'), rankOfIndex(0), rankOfIndex(1))).toBe(true);
  });

  it('reorders within a phase like an array move, writing only the moved card', () => {
    const doc = planDoc();
    const up = moveCandidate(doc, 'c', 'p1', 0);
    expect(titles(applied(doc, up))[1]).toEqual(['C', 'A', 'B']);
    expect(idsWritten(up, 'candidates')).toEqual(['c']);
    expect(candidateFieldsChanged(doc, up)).toEqual({ c: ['phaseRank'] });
    expect(isBetween(rankSet(up, 'c'), null, rankOfIndex(0))).toBe(true);
    const down = moveCandidate(doc, 'a', 'p1', 1);
    expect(titles(applied(doc, down))[1]).toEqual(['B', 'A', 'C']);
    expect(idsWritten(down, 'candidates')).toEqual(['a']);
    expect(candidateFieldsChanged(doc, down)).toEqual({ a: ['phaseRank'] });
    expect(isBetween(rankSet(down, 'a'), rankOfIndex(1), rankOfIndex(2))).toBe(true);
  });

  it('moves between phases and back to the backlog, writing only the moved card', () => {
    const doc = planDoc();
    const across = moveCandidate(doc, 'a', 'p2', 99);
    expect(titles(applied(doc, across))).toEqual([
      ['F', 'G'],
      ['B', 'C'],
      ['D', 'E', 'A'],
    ]);
    expect(idsWritten(across, 'candidates')).toEqual(['a']);
    expect(candidateFieldsChanged(doc, across)).toEqual({ a: ['phaseId', 'phaseRank'] });
    expect(isBetween(rankSet(across, 'a'), rankOfIndex(1), null)).toBe(true);
    const back = moveCandidate(doc, 'd', null, 0);
    expect(titles(applied(doc, back))).toEqual([['D', 'F', 'G'], ['A', 'B', 'C'], ['E']]);
    expect(idsWritten(back, 'candidates')).toEqual(['d']);
    expect(back.patch?.candidates?.[0]?.set).toMatchObject({ phaseId: null });
    expect(candidateFieldsChanged(doc, back)).toEqual({ d: ['phaseId', 'phaseRank'] });
    expect(isBetween(rankSet(back, 'd'), null, rankOfIndex(0))).toBe(true);
  });

  it('makes no change for a move to where the card is, or to an unknown phase or card', () => {
    const doc = planDoc();
    expect(isEmptyChange(moveCandidate(doc, 'b', 'p1', 1))).toBe(true);
    expect(isEmptyChange(moveCandidate(doc, 'b', 'nope', 0))).toBe(true);
    expect(isEmptyChange(moveCandidate(doc, 'nope', 'p1', 0))).toBe(true);
  });

  it('renumbers a list whose cards tie at the drop, in the order it is shown', () => {
    const doc = aDocument({
      phases: [{ id: 'p1' }],
      candidates: [
        { id: 'w', title: 'W', phaseId: 'p1', phaseRank: rankOfIndex(0) },
        { id: 'x', title: 'X', phaseRank: rankOfIndex(0) },
        { id: 'y', title: 'Y', phaseRank: rankOfIndex(0) },
        { id: 'z', title: 'Z', phaseRank: rankOfIndex(0) },
      ],
    });
    const rankOf = (next: WorkshopDocument, id: string) =>
      next.candidates.find((c) => c.id === id)?.phaseRank;

    // Between X and Y, which tie: no rank fits, so the backlog is numbered as it is shown.
    const into = moveCandidate(doc, 'w', null, 1);
    const next = applied(doc, into);
    expect(titles(next)).toEqual([['X', 'W', 'Y', 'Z'], []]);
    // x keeps its rank; w, y and z are written, and of y and z only their rank.
    expect(idsWritten(into, 'candidates')).toEqual(['w', 'y', 'z']);
    expect(candidateFieldsChanged(doc, into)).toEqual({
      w: ['phaseId', 'phaseRank'],
      y: ['phaseRank'],
      z: ['phaseRank'],
    });
    expect(['x', 'w', 'y', 'z'].map((id) => rankOf(next, id))).toEqual(
      [0, 1, 2, 3].map(rankOfIndex),
    );

    // The same inside one list.
    const within = moveCandidate(doc, 'z', null, 1);
    const after = applied(doc, within);
    expect(titles(after)).toEqual([['X', 'Z', 'Y'], ['W']]);
    expect(idsWritten(within, 'candidates')).toEqual(['y', 'z']);
    expect(candidateFieldsChanged(doc, within)).toEqual({ y: ['phaseRank'], z: ['phaseRank'] });
    expect(['x', 'z', 'y'].map((id) => rankOf(after, id))).toEqual([0, 1, 2].map(rankOfIndex));

    // Above the first card a rank always fits, ties or not: only the moved card is written.
    const top = moveCandidate(doc, 'z', null, 0);
    expect(titles(applied(doc, top))).toEqual([['Z', 'X', 'Y'], ['W']]);
    expect(idsWritten(top, 'candidates')).toEqual(['z']);
    expect(isBetween(rankSet(top, 'z'), null, rankOfIndex(0))).toBe(true);
  });

  it('takes a card whose phase was deleted from the backlog and repairs only that card', () => {
    const doc = aDocument({
      phases: [{ id: 'p1' }],
      candidates: [
        { id: 'lost', title: 'Lost', phaseId: 'gone', phaseRank: rankOfIndex(0) },
        { id: 'other', title: 'Other lost', phaseId: 'gone', phaseRank: rankOfIndex(1) },
      ],
    });
    const change = moveCandidate(doc, 'lost', null, 1);
    const next = applied(doc, change);
    expect(titles(next)).toEqual([['Other lost', 'Lost'], []]);
    expect(change).toEqual({
      patch: {
        candidates: [{ id: 'lost', set: { phaseId: null, phaseRank: expect.any(String) } }],
      },
    });
    expect(isBetween(rankSet(change, 'lost'), rankOfIndex(1), null)).toBe(true);
    // The other card keeps its (dangling) phase and its rank: it is not written.
    expect(next.candidates.find((c) => c.id === 'other')).toBe(doc.candidates[1]);
    expect(doc.candidates[1]).toMatchObject({ phaseId: 'gone', phaseRank: rankOfIndex(1) });
  });

  it('on any roadmap: lands where asked, keeps the other cards in order, changes only what moved', () => {
    // Some roadmaps have their ranks squeezed to two values, or to one, so that drops between tied
    // cards (which renumber the target list) are common too.
    const squeezed = (doc: WorkshopDocument, levels: number): WorkshopDocument => ({
      ...doc,
      candidates: doc.candidates.map((c) => ({
        ...c,
        phaseRank: rankOfIndex(
          levels === 1 || compareRanks(c.phaseRank, rankOfIndex(5)) < 0 ? 0 : 1,
        ),
      })),
    });
    const arbMove = fc
      .tuple(arbRoadmapDocument({ maxCandidates: 12 }), fc.constantFrom(0, 1, 2))
      .map(([doc, levels]) => (levels === 0 ? doc : squeezed(doc, levels)))
      .filter((doc) => doc.candidates.length > 0)
      .chain((doc) =>
        fc.record({
          doc: fc.constant(doc),
          candidate: fc.constantFrom(...doc.candidates),
          toPhaseId: fc.option(fc.constantFrom(...doc.phases.map((p) => p.id)), { nil: null }),
          toIndex: fc.oneof(fc.integer({ min: -2, max: 15 }), fc.integer({ min: 0, max: 3 })),
        }),
      );
    fc.assert(
      fc.property(arbMove, ({ doc, candidate, toPhaseId, toIndex }) => {
        const before = roadmapColumns(doc);
        const change = moveCandidate(doc, candidate.id, toPhaseId, toIndex);
        const next = applied(doc, change);
        const after = roadmapColumns(next);
        const cardsOf = (columns: typeof before, phaseId: string | null) =>
          phaseId === null
            ? columns.backlog
            : (columns.phases.find((p) => p.phase.id === phaseId)?.candidates ?? []);
        const listOf = (columns: typeof before, phaseId: string | null) =>
          cardsOf(columns, phaseId).map((c) => c.id);
        const target = listOf(after, toPhaseId);
        const others = listOf(before, toPhaseId).filter((id) => id !== candidate.id);
        const index = Math.min(Math.max(0, toIndex), others.length);
        expect(target.indexOf(candidate.id)).toBe(index);
        expect(target.filter((id) => id !== candidate.id)).toEqual(others);
        // Every other column keeps its cards, in order (minus the moved one).
        for (const column of [null, ...doc.phases.map((p) => p.id)]) {
          if (column === toPhaseId) continue;
          expect(listOf(after, column)).toEqual(
            listOf(before, column).filter((id) => id !== candidate.id),
          );
        }

        // Only candidates' places are written: nothing created, deleted or otherwise touched.
        expect(Object.keys(change).filter((k) => k !== 'patch')).toEqual([]);
        expect(Object.keys(change.patch ?? {}).filter((k) => k !== 'candidates')).toEqual([]);
        const changed = candidateFieldsChanged(doc, change);
        for (const [id, fields] of Object.entries(changed)) {
          // Every card written really changes, and only the moved card changes its phase.
          if (id !== candidate.id) expect(fields).toEqual(['phaseRank']);
          expect(fields.length).toBeGreaterThan(0);
          expect(['phaseId', 'phaseRank']).toEqual(expect.arrayContaining(fields));
          const c = next.candidates.find((o) => o.id === id);
          expect(candidateSchema.safeParse(c).success).toBe(true);
        }

        // Only the moved card is written, unless its new neighbours tie: then cards of the target
        // list are renumbered too.
        const rest = cardsOf(before, toPhaseId).filter((c) => c.id !== candidate.id);
        const above = rest[index - 1];
        const below = rest[index];
        const isTie =
          above !== undefined &&
          below !== undefined &&
          compareRanks(above.phaseRank, below.phaseRank) === 0;
        const written = idsWritten(change, 'candidates');
        if (isEmptyChange(change)) {
          expect(candidate.phaseId).toBe(toPhaseId);
          expect(listOf(before, toPhaseId).indexOf(candidate.id)).toBe(index);
          return;
        }
        if (isTie) {
          const inTarget = new Set(rest.map((c) => c.id));
          for (const id of written) expect(id === candidate.id || inTarget.has(id)).toBe(true);
        } else {
          expect(written).toEqual([candidate.id]);
        }
        // Its rank is strictly between its neighbours', so its place does not hang on a tie-break.
        const landed = cardsOf(after, toPhaseId);
        const moved = landed[index];
        expect(moved?.id).toBe(candidate.id);
        const prev = landed[index - 1];
        const following = landed[index + 1];
        if (prev) expect(compareRanks(prev.phaseRank, moved!.phaseRank)).toBe(-1);
        if (following) expect(compareRanks(moved!.phaseRank, following.phaseRank)).toBe(-1);
      }),
    );
  });
});
