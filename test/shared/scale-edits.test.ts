import { describe, expect, it } from 'vitest';
import { isEmptyChange } from '../../shared/domain/change.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import {
  addSeedCapabilities,
  deleteCapability,
  editCapability,
  editPeoplePlans,
  setGovernanceState,
  validateCapabilityFields,
} from '../../shared/domain/scale-edits.ts';
import { SEED_CAPABILITIES } from '../../shared/records/capability.ts';
import { aCapability, aDocument, applied, testEnv } from '../fixtures/builders.ts';
import { MemoryReplica } from '../fixtures/replicas.ts';

describe('governance edits', () => {
  it('sets one cell, and nothing when it already holds that state', () => {
    const doc = aDocument({ candidates: [{ id: 'c1' }] }, testEnv());
    const [c1] = doc.candidates;
    const change = setGovernanceState(c1!, 'fairness', 'done');
    expect(change).toEqual({
      patch: { candidates: [{ id: 'c1', set: { governance: { fairness: { state: 'done' } } } }] },
    });
    const after = applied(doc, change).candidates[0]!;
    expect(after.governance.fairness).toEqual({ state: 'done', owner: '', note: '' });
    expect(after.governance.trainingDataBias.state).toBe('not-started');
    expect(isEmptyChange(setGovernanceState(after, 'fairness', 'done'))).toBe(true);
  });
});

describe('capability edits', () => {
  it('refuses an empty or repeated name and a headcount that is not a whole number of people', () => {
    const others = [aCapability({ name: 'ML engineering' })];
    expect(
      validateCapabilityFields(
        { name: ' ml Engineering ', have: 1.5, upskill: -1, hire: 10_000 },
        others,
      ),
    ).toEqual({
      name: '“ml Engineering” is already in the list.',
      have: 'Enter a whole number of people, from 0 to 9,999.',
      upskill: 'Enter a whole number of people, from 0 to 9,999.',
      hire: 'Enter a whole number of people, from 0 to 9,999.',
    });
    expect(validateCapabilityFields({ name: ' ', have: 0, upskill: 0, hire: 0 }, [])).toEqual({
      name: 'Give the capability a name.',
    });
  });

  it('writes only what changed', () => {
    const k = aCapability({ id: 't1', have: 1 });
    expect(editCapability(k, { have: 1, hire: 2 })).toEqual({
      patch: { capabilities: [{ id: 't1', set: { hire: 2 } }] },
    });
  });

  it('takes a deleted capability off every candidate that needed it', () => {
    const doc = aDocument(
      {
        capabilities: [{ id: 'ml' }, { id: 'data', name: 'Data engineering' }],
        candidates: [
          { id: 'c1', capabilities: ['data', 'ml'] },
          { id: 'c2', capabilities: ['data'] },
        ],
      },
      testEnv(),
    );
    const after = applied(doc, deleteCapability(doc, 'ml'));
    expect(after.capabilities.map((k) => k.id)).toEqual(['data']);
    expect(after.candidates.map((c) => c.capabilities)).toEqual([['data'], ['data']]);
  });

  it("adds the seed's roles a workshop lacks, in the seed's order, and nothing once it has them", () => {
    const doc = aDocument({ capabilities: [{ name: 'ml engineering' }] }, testEnv());
    const after = applied(doc, addSeedCapabilities(doc, testEnv()));
    expect(after.capabilities.map((k) => k.name)).toEqual([
      'ml engineering',
      ...SEED_CAPABILITIES.filter((n) => n !== 'ML engineering'),
    ]);
    expect(isEmptyChange(addSeedCapabilities(after, testEnv()))).toBe(true);
  });
});

describe('people plans', () => {
  it('writes each changed text on its own', () => {
    const { workshop } = aDocument({}, testEnv());
    const change = editPeoplePlans(workshop, {
      changePlan: {
        ...workshop.changePlan,
        middleManagement: { message: '', concerns: 'Fear of job displacement' },
      },
    });
    expect(change).toEqual({
      patch: {
        workshops: [
          {
            id: workshop.id,
            set: { changePlan: { middleManagement: { concerns: 'Fear of job displacement' } } },
          },
        ],
      },
    });
  });

  it("writes one audience's AI-literacy need alone, and its undo puts the old text back", () => {
    const doc = aDocument({}, testEnv());
    const laptop = new MemoryReplica('A');
    laptop.apply(createDocument(doc));
    const stored = () => laptop.doc(doc.workshop.id).workshop;
    laptop.apply(
      editPeoplePlans(stored(), {
        literacy: { businessUsers: 'Prompting basics', technicalStaff: 'MLOps', leaders: '' },
      }),
    );
    const before = stored();

    const change = editPeoplePlans(before, {
      literacy: { ...before.literacy, leaders: 'Weighing AI investments' },
    });
    expect(change).toEqual({
      patch: {
        workshops: [
          { id: doc.workshop.id, set: { literacy: { leaders: 'Weighing AI investments' } } },
        ],
      },
    });
    const undo = laptop.apply(change);
    expect(stored().literacy).toEqual({
      businessUsers: 'Prompting basics',
      technicalStaff: 'MLOps',
      leaders: 'Weighing AI investments',
    });
    expect(stored().changePlan).toEqual(before.changePlan);
    expect(isEmptyChange(editPeoplePlans(stored(), { literacy: stored().literacy }))).toBe(true);

    laptop.apply(undo);
    expect(stored().literacy).toEqual(before.literacy);
  });
});
