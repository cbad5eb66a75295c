import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairDocument } from '../../shared/domain/document.ts';
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
  editWorkshopSettings,
  removeDocument,
  validateWorkshopFields,
} from '../../shared/domain/workshop-edits.ts';
import { DEFAULT_SETTINGS, workshopSchema } from '../../shared/records/workshop.ts';
import { aCandidate, aDocument, arbDocument, testEnv } from '../fixtures/builders.ts';

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
  it('saving an existing candidate writes its next revision, stamped now', () => {
    const env = testEnv();
    const existing = aCandidate({ id: 'c1', title: 'Old' }, env);
    const change = saveCandidate(
      'w1',
      existing,
      { ...blankCandidateFields(), title: '  New  ' },
      env,
    );
    const saved = change.put.candidates?.[0];
    expect(saved).toMatchObject({ id: 'c1', title: 'New', rev: 2, createdAt: existing.createdAt });
    expect(saved && saved.updatedAt > existing.updatedAt).toBe(true);
  });

  it('deleting a candidate removes it from the dependencies of the others, and only from those', () => {
    const doc = aDocument({
      candidates: [
        { id: 'pipe' },
        { id: 'recs', dependencies: ['pipe'] },
        { id: 'churn', dependencies: [] },
      ],
    });
    const change = deleteCandidate(doc, 'pipe', testEnv());
    expect(change.remove.candidates).toEqual(['pipe']);
    expect(change.put.candidates?.map((c) => [c.id, c.dependencies, c.rev])).toEqual([
      ['recs', [], 2],
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
    const change = deleteCandidate(doc, 'pipe', testEnv());
    expect(change.put.components?.map((k) => [k.id, k.providerId, k.consumerIds])).toEqual([
      ['k1', null, ['recs']],
      ['k2', 'recs', []],
    ]);
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

  it('removing a workshop removes all of its records', () => {
    const doc = createWorkshop(
      { title: 'W', organisation: '', facilitator: '', date: '' },
      testEnv(),
    );
    expect(removeDocument(doc).remove).toEqual({
      workshops: [doc.workshop.id],
      phases: doc.phases.map((p) => p.id),
      candidates: [],
      components: [],
    });
  });

  it('changing settings bumps the workshop revision', () => {
    const doc = createWorkshop(
      { title: 'W', organisation: '', facilitator: '', date: '' },
      testEnv(),
    );
    const settings = { ...DEFAULT_SETTINGS, thresholds: { value: 60, feasibility: 40 } };
    const change = editWorkshopSettings(doc.workshop, settings, testEnv());
    expect(change.put.workshops?.[0]).toMatchObject({ rev: 2, settings });
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
