import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyChange } from '../../shared/domain/change.ts';
import { allRecords, repairDocument } from '../../shared/domain/document.ts';
import {
  deleteCandidate,
  saveCandidate,
  validateCandidateFields,
} from '../../shared/domain/candidate-edits.ts';
import {
  blankCandidateFields,
  copyDocument,
  createWorkshop,
} from '../../shared/domain/factories.ts';
import {
  createDocument,
  editWorkshopSettings,
  removeWorkshop,
  validateWorkshopFields,
} from '../../shared/domain/workshop-edits.ts';
import { DEFAULT_SETTINGS, workshopSchema } from '../../shared/records/workshop.ts';
import {
  APPLIED_AT,
  aCandidate,
  aDocument,
  applied,
  arbDocument,
  idsWritten,
  testEnv,
} from '../fixtures/builders.ts';
import { MemoryReplica } from '../fixtures/replicas.ts';

describe('validateCandidateFields', () => {
  const known = new Set(['c1', 'c2']);

  it('asks for a title when it is empty or only spaces', () => {
    expect(
      validateCandidateFields({ ...blankCandidateFields(), title: '   ' }, null, known),
    ).toEqual({
      title: 'Give the candidate a title.',
    });
  });

  it('refuses a dependency on the candidate itself', () => {
    const fields = { ...blankCandidateFields(), title: 'Chatbot', dependencies: ['c2', 'c1'] };
    expect(validateCandidateFields(fields, 'c1', known).dependencies).toBe(
      'A candidate cannot depend on itself. Untick it.',
    );
  });

  it('refuses a dependency on a candidate that is no longer there', () => {
    const fields = { ...blankCandidateFields(), title: 'Chatbot', dependencies: ['gone'] };
    expect(validateCandidateFields(fields, 'c1', known).dependencies).toMatch(
      /no longer in this workshop/,
    );
  });

  it('accepts a titled candidate with known dependencies', () => {
    const fields = { ...blankCandidateFields(), title: 'Chatbot', dependencies: ['c2'] };
    expect(validateCandidateFields(fields, 'c1', known)).toEqual({});
  });
});

describe('validateWorkshopFields', () => {
  it('asks for a title and a real date', () => {
    expect(
      validateWorkshopFields({ title: '', organisation: '', facilitator: '', date: '31/03/2026' }),
    ).toEqual({
      title: 'Give the workshop a title.',
      date: 'Use a date like 2026-03-31.',
    });
    expect(
      validateWorkshopFields({ title: 'Day one', organisation: '', facilitator: '', date: '' }),
    ).toEqual({});
  });
});

describe('edits', () => {
  it('saving an existing candidate writes only the fields that changed, stamped now', () => {
    const env = testEnv();
    const existing = aCandidate({ id: 'c1', title: 'Old' }, env);
    const change = saveCandidate(
      'w1',
      existing,
      { ...blankCandidateFields(), title: '  New  ' },
      env,
    );
    expect(change).toEqual({ patch: { candidates: [{ id: 'c1', set: { title: 'New' } }] } });
    const doc = { ...aDocument({}, env), candidates: [existing] };
    const saved = applied(doc, change).candidates[0];
    expect(saved).toEqual({ ...existing, title: 'New', updatedAt: APPLIED_AT });
    expect(saved && saved.updatedAt > existing.updatedAt).toBe(true);
  });

  it('saving an existing candidate with nothing changed writes nothing', () => {
    const env = testEnv();
    const existing = aCandidate({ id: 'c1', title: 'Same', dependencies: ['c2', 'c3'] }, env);
    const { id: _id, workshopId: _w, createdAt: _c, updatedAt: _u, ...fields } = existing;
    expect(isEmptyChange(saveCandidate('w1', existing, fields, env))).toBe(true);
    // Only the title's spaces differ: the saved title is trimmed, so nothing changes either.
    expect(isEmptyChange(saveCandidate('w1', existing, { ...fields, title: ' Same ' }, env))).toBe(
      true,
    );
    // The same dependencies ticked in another order are the same set.
    expect(
      isEmptyChange(saveCandidate('w1', existing, { ...fields, dependencies: ['c3', 'c2'] }, env)),
    ).toBe(true);
  });

  it('deleting a candidate removes it from the dependencies of the others, and only from those', () => {
    const doc = aDocument({
      candidates: [
        { id: 'pipe' },
        { id: 'recs', dependencies: ['pipe'] },
        { id: 'churn', dependencies: [] },
      ],
    });
    const change = deleteCandidate(doc, 'pipe');
    expect(change.delete?.candidates).toEqual(['pipe']);
    expect(change.patch?.candidates).toEqual([{ id: 'recs', remove: { dependencies: ['pipe'] } }]);
    expect(idsWritten(change, 'candidates')).toEqual(['pipe', 'recs']);
    expect(applied(doc, change).candidates.map((c) => [c.id, c.dependencies])).toEqual([
      ['recs', []],
      ['churn', []],
    ]);
  });

  it('deleting a candidate takes it out of the components it builds or reuses', () => {
    const doc = aDocument({
      candidates: [{ id: 'pipe' }, { id: 'recs' }],
      components: [
        { id: 'k1', providerId: 'pipe', consumerIds: ['recs'] },
        { id: 'k2', providerId: 'recs', consumerIds: ['pipe'] },
      ],
    });
    const change = deleteCandidate(doc, 'pipe');
    expect(idsWritten(change, 'components')).toEqual(['k1', 'k2']);
    expect(applied(doc, change).components.map((k) => [k.id, k.providerId, k.consumerIds])).toEqual(
      [
        ['k1', null, ['recs']],
        ['k2', 'recs', []],
      ],
    );
  });

  it('repair drops component providers and consumers that are not candidates of the workshop', () => {
    const doc = aDocument({
      candidates: [{ id: 'pipe' }],
      components: [{ id: 'k1', providerId: 'gone', consumerIds: ['pipe', 'pipe', 'gone'] }],
    });
    expect(repairDocument(doc).components[0]).toMatchObject({
      providerId: null,
      consumerIds: ['pipe'],
    });
  });

  it('removing a workshop removes all of its records, and only those', () => {
    const env = testEnv();
    const doc = createWorkshop({ title: 'W', organisation: '', facilitator: '', date: '' }, env);
    const other = createWorkshop(
      { title: 'Other', organisation: '', facilitator: '', date: '' },
      env,
    );
    const change = removeWorkshop(doc.workshop.id);
    expect(change).toEqual({ dropWorkshops: [doc.workshop.id] });

    const replica = new MemoryReplica('laptop');
    replica.apply(createDocument(doc));
    replica.apply(createDocument(other));
    replica.apply(change);
    expect([...replica.rows.keys()].sort()).toEqual(
      allRecords(other)
        .map((r) => r.id)
        .sort(),
    );
    expect(replica.tombstones.size).toBe(0);
    const byId = <T extends { id: string }>(records: readonly T[]) =>
      [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(replica.doc(other.workshop.id)).toEqual({
      ...other,
      phases: byId(other.phases),
      capabilities: byId(other.capabilities),
    });
  });

  it('changing settings writes exactly the settings that changed', () => {
    const doc = createWorkshop(
      { title: 'W', organisation: '', facilitator: '', date: '' },
      testEnv(),
    );
    const settings = { ...DEFAULT_SETTINGS, thresholds: { value: 60, feasibility: 40 } };
    const change = editWorkshopSettings(doc.workshop, settings);
    expect(change).toEqual({
      patch: {
        workshops: [
          {
            id: doc.workshop.id,
            set: { settings: { thresholds: { value: 60, feasibility: 40 } } },
          },
        ],
      },
    });
    expect(applied(doc, change).workshop).toEqual({
      ...doc.workshop,
      settings,
      updatedAt: APPLIED_AT,
    });

    const oneWeight = {
      ...DEFAULT_SETTINGS,
      valueWeights: { ...DEFAULT_SETTINGS.valueWeights, riskMitigation: 3 },
    };
    expect(editWorkshopSettings(doc.workshop, oneWeight).patch?.workshops?.[0]?.set).toEqual({
      settings: { valueWeights: { riskMitigation: 3 } },
    });
    expect(isEmptyChange(editWorkshopSettings(doc.workshop, { ...DEFAULT_SETTINGS }))).toBe(true);
  });

  it('a copy of a workshop with a 200-character title still has a valid title', () => {
    const doc = aDocument({ workshop: { title: 'x'.repeat(200) } });
    const copy = copyDocument(doc, testEnv(), ' (imported copy)');
    expect(copy.workshop.title).toBe(`${'x'.repeat(184)} (imported copy)`);
    expect(workshopSchema.safeParse(copy.workshop).success).toBe(true);
  });

  it('a copy has only fresh ids and every reference points inside the copy', () => {
    fc.assert(
      fc.property(arbDocument(), (doc) => {
        const copy = copyDocument(doc, testEnv(), ' (copy)');
        const oldIds = new Set([
          doc.workshop.id,
          ...doc.phases.map((p) => p.id),
          ...doc.candidates.map((c) => c.id),
        ]);
        const newCandidateIds = new Set(copy.candidates.map((c) => c.id));
        const newPhaseIds = new Set(copy.phases.map((p) => p.id));
        expect(copy.workshop.title.endsWith(' (copy)')).toBe(true);
        expect(copy.workshop.title.length).toBeLessThanOrEqual(200);
        expect(copy.candidates.map((c) => c.title)).toEqual(doc.candidates.map((c) => c.title));
        for (const record of [copy.workshop, ...copy.phases, ...copy.candidates]) {
          expect(oldIds.has(record.id)).toBe(false);
        }
        for (const c of copy.candidates) {
          expect(c.workshopId).toBe(copy.workshop.id);
          expect(c.phaseId === null || newPhaseIds.has(c.phaseId)).toBe(true);
          expect(c.dependencies.every((d) => newCandidateIds.has(d))).toBe(true);
        }
        for (const k of copy.components) {
          expect(oldIds.has(k.id)).toBe(false);
          expect(k.providerId === null || newCandidateIds.has(k.providerId)).toBe(true);
          expect(k.consumerIds.every((id) => newCandidateIds.has(id))).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
