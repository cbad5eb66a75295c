import { describe, expect, it } from 'vitest';
import { patchBetween, patchChange } from '../../shared/domain/change.ts';
import { deleteCandidate } from '../../shared/domain/candidate-edits.ts';
import { applyChangeToDocument } from '../../shared/domain/apply.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { hasSeen } from '../../shared/records/version.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { MemoryReplica } from '../fixtures/replicas.ts';

function laptop() {
  const doc = aDocument(
    {
      candidates: [
        { id: 'c1', title: 'Chatbot', valueScores: { financialImpact: 3 }, dependencies: ['c2'] },
        { id: 'c2', title: 'Fraud detection' },
      ],
      components: [{ id: 'k1', providerId: 'c2', consumerIds: ['c1'] }],
    },
    testEnv(),
  );
  const replica = new MemoryReplica('A');
  replica.apply(createDocument(doc));
  const candidate = (id: string) =>
    replica.doc(doc.workshop.id).candidates.find((c) => c.id === id);
  return { replica, w: doc.workshop.id, candidate };
}

describe('a patch', () => {
  it('sets only the units it names, on the record as stored, and stamps each with the write', () => {
    const { replica, w, candidate } = laptop();
    // Two patches made from the same old copy: the second does not undo the first.
    replica.apply(patchChange('candidates', { id: 'c1', set: { placement: { x: 80, y: 90 } } }));
    replica.apply(
      patchChange('candidates', { id: 'c1', set: { valueScores: { riskMitigation: 5 } } }),
    );
    expect(candidate('c1')).toMatchObject({
      placement: { x: 80, y: 90 },
      valueScores: { financialImpact: 3, riskMitigation: 5 },
    });
    const version = replica.replicaDocument(w).versions.get('c1');
    expect(version?.fields).toEqual({
      placement: ['A', 2],
      'valueScores.riskMitigation': ['A', 3],
    });
    expect(version?.seen).toEqual({ A: 3 });
  });

  it('that changes nothing writes nothing and records nothing', () => {
    const { replica, w } = laptop();
    const before = replica.replicaDocument(w);
    replica.apply(patchChange('candidates', { id: 'c1', set: { title: 'Chatbot' } }));
    replica.apply(patchChange('candidates', { id: 'c1', add: { dependencies: ['c2'] } }));
    expect(replica.replicaDocument(w)).toEqual(before);
  });

  it('adds and removes set elements one by one, each with its own dot, kept in id order', () => {
    const { replica, w, candidate } = laptop();
    replica.apply(patchChange('candidates', { id: 'c2', add: { dependencies: ['c1'] } }));
    replica.apply(patchChange('candidates', { id: 'c1', remove: { dependencies: ['c2'] } }));
    expect(candidate('c2')?.dependencies).toEqual(['c1']);
    expect(candidate('c1')?.dependencies).toEqual([]);
    expect(replica.replicaDocument(w).versions.get('c1')?.fields).toEqual({
      'dependencies/c2': ['A', 3],
    });
  });

  it('of a record that is gone is skipped', () => {
    const { replica, w } = laptop();
    replica.apply({ delete: { candidates: ['c2'] } });
    const before = replica.replicaDocument(w);
    const inverse = replica.apply(patchChange('candidates', { id: 'c2', set: { title: 'Late' } }));
    expect(replica.replicaDocument(w)).toEqual(before);
    expect(inverse).toEqual({});
  });

  it('undoes as the inverse patch: the old values, as a new write', () => {
    const { replica, w, candidate } = laptop();
    const inverse = replica.apply(
      patchChange('candidates', {
        id: 'c1',
        set: { title: 'Bot', valueScores: { financialImpact: 5 } },
      }),
    );
    expect(inverse).toEqual({
      patch: {
        candidates: [{ id: 'c1', set: { title: 'Chatbot', valueScores: { financialImpact: 3 } } }],
      },
    });
    replica.apply(inverse);
    expect(candidate('c1')).toMatchObject({
      title: 'Chatbot',
      valueScores: { financialImpact: 3 },
    });
    expect(replica.replicaDocument(w).versions.get('c1')?.fields.title).toEqual(['A', 3]);
  });
});

describe('a delete', () => {
  it('leaves a tombstone with the title and what the copy had seen, and undoes as a restore that has seen it', () => {
    const { replica, w, candidate } = laptop();
    const inverse = replica.apply(deleteCandidate(replica.doc(w), 'c2'));
    const [tombstone] = replica.replicaDocument(w).tombstones;
    expect(tombstone).toMatchObject({
      id: 'c2',
      kind: 'candidates',
      title: 'Fraud detection',
      deleted: ['A', 2],
    });
    expect(candidate('c1')?.dependencies).toEqual([]);
    expect(replica.doc(w).components[0]).toMatchObject({ providerId: null, consumerIds: ['c1'] });

    replica.apply(inverse);
    expect(replica.replicaDocument(w).tombstones).toEqual([]);
    expect(candidate('c2')?.title).toBe('Fraud detection');
    expect(candidate('c1')?.dependencies).toEqual(['c2']);
    expect(replica.doc(w).components[0]).toMatchObject({ providerId: 'c2', consumerIds: ['c1'] });
    // The restored record has seen its deletion, so an old tombstone elsewhere gives way to it.
    const version = replica.replicaDocument(w).versions.get('c2');
    expect(version && tombstone && hasSeen(version.seen, tombstone.deleted)).toBe(true);
  });
});

describe('create and drop', () => {
  it('undoing the creation of a workshop drops everything stored under it since, and redo brings all of it back', () => {
    const replica = new MemoryReplica('A');
    const doc = aDocument({ candidates: [{ id: 'c1' }] }, testEnv());
    const undoCreate = replica.apply(createDocument(doc));
    expect(undoCreate).toEqual({ dropWorkshops: [doc.workshop.id] });
    replica.apply({ delete: { candidates: ['c1'] } });
    const full = replica.replicaDocument(doc.workshop.id);
    const redo = replica.apply(undoCreate);
    expect(replica.rows.size).toBe(0);
    expect(replica.tombstones.size).toBe(0);
    replica.apply(redo);
    expect(replica.replicaDocument(doc.workshop.id)).toEqual(full);
  });

  it('refuses to create an id that is taken, and a change that names one id twice', () => {
    const { replica } = laptop();
    const doc = replica.doc('w1');
    expect(() => replica.apply({ create: { candidates: [doc.candidates[0]!] } })).toThrow(
      /already stored/,
    );
    expect(() =>
      replica.apply({
        patch: { candidates: [{ id: 'c1', set: { title: 'x' } }] },
        delete: { candidates: ['c1'] },
      }),
    ).toThrow(/twice/);
  });
});

describe('patchBetween', () => {
  it('gives the units that differ, and set units as ids added and removed', () => {
    const { replica, w } = laptop();
    const c1 = replica.doc(w).candidates.find((c) => c.id === 'c1')!;
    expect(
      patchBetween('candidates', c1, {
        ...c1,
        title: 'Bot',
        valueScores: { ...c1.valueScores, learningValue: 2 },
        dependencies: ['new'],
      }),
    ).toEqual({
      id: 'c1',
      set: { title: 'Bot', valueScores: { learningValue: 2 } },
      add: { dependencies: ['new'] },
      remove: { dependencies: ['c2'] },
    });
    expect(patchBetween('candidates', c1, { ...c1 })).toBeNull();
  });

  it('treats a balance band (checked as a whole) as one unit, and each weight on its own', () => {
    const { replica, w } = laptop();
    const workshop = replica.doc(w).workshop;
    const settings = workshop.settings;
    const patch = patchBetween('workshops', workshop, {
      ...workshop,
      settings: {
        ...settings,
        balanceBand: { min: 20, max: settings.balanceBand.max },
        valueWeights: { ...settings.valueWeights, riskMitigation: 0 },
      },
    });
    expect(patch?.set).toEqual({
      settings: { balanceBand: { min: 20, max: 70 }, valueWeights: { riskMitigation: 0 } },
    });
  });
});

describe('applyChangeToDocument', () => {
  it('shows a change as the repository would store it', () => {
    const doc = aDocument({ candidates: [{ id: 'c1', title: 'A' }, { id: 'c2' }] }, testEnv());
    const next = applyChangeToDocument(
      doc,
      {
        patch: { candidates: [{ id: 'c1', set: { title: 'B' } }] },
        delete: { candidates: ['c2'] },
      },
      '2026-01-01T00:00:00.000Z',
    );
    expect(next.candidates.map((c) => [c.id, c.title, c.updatedAt])).toEqual([
      ['c1', 'B', '2026-01-01T00:00:00.000Z'],
    ]);
    expect(next.phases).toBe(doc.phases);
  });
});
