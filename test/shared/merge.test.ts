import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/file/format.ts';
import { describeChoice, fieldLabel, summaryLine } from '../../shared/merge/describe.ts';
import { mergeWarnings } from '../../shared/merge/warnings.ts';
import { deleteCandidate, saveCandidate } from '../../shared/domain/candidate-edits.ts';
import type { Change } from '../../shared/domain/change.ts';
import { patchChange } from '../../shared/domain/change.ts';
import { castBallot, startRound } from '../../shared/domain/room-edits.ts';
import type { GovernanceItem, GovernanceItemState } from '../../shared/records/governance.ts';
import { createDocument } from '../../shared/domain/workshop-edits.ts';
import { moveCandidate } from '../../shared/domain/phase-edits.ts';
import { blankCandidateFields } from '../../shared/domain/factories.ts';
import type { MergePlan, Side } from '../../shared/merge/merge.ts';
import { defaultChoices, planMerge, resolveMerge } from '../../shared/merge/merge.ts';
import { aDocument, testEnv } from '../fixtures/builders.ts';
import { MemoryReplica, viaFile } from '../fixtures/replicas.ts';

const keepDefaults = (plan: MergePlan) => defaultChoices(plan);

function setGovernance(
  id: string,
  item: GovernanceItem,
  set: Partial<GovernanceItemState>,
): Change {
  return patchChange('candidates', { id, set: { governance: { [item]: set } } });
}

/** A workshop with four candidates created on A and carried to B in a file. */
function twoLaptops() {
  const env = testEnv();
  const doc = aDocument(
    {
      candidates: [
        { id: 'c1', title: 'Chatbot', valueScores: { financialImpact: 3 } },
        { id: 'c2', title: 'Fraud detection' },
        { id: 'c3', title: 'Churn prediction' },
        { id: 'c4', title: 'Lead scoring', dependencies: ['c2'] },
      ],
    },
    env,
  );
  const a = new MemoryReplica('laptopA');
  const b = new MemoryReplica('laptopB');
  a.apply(createDocument(doc));
  b.importNew(a.replicaDocument(doc.workshop.id));
  return { a, b, w: doc.workshop.id, env };
}

describe('merge', () => {
  it('applies one-sided changes silently, lists a score changed on both sides once, and converges', () => {
    const { a, b, w } = twoLaptops();
    const c1 = (r: MemoryReplica) => r.doc(w).candidates.find((c) => c.id === 'c1')!;
    // A changes a score; B the title of the same candidate; both change another score differently.
    a.apply(patchChange('candidates', { id: 'c1', set: { valueScores: { riskMitigation: 4 } } }));
    b.apply(patchChange('candidates', { id: 'c1', set: { title: 'Customer chatbot' } }));
    a.apply(patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 5 } } }));
    b.apply(patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 1 } } }));

    const plan = a.merge(b.replicaDocument(w), keepDefaults);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.fields.map((f) => [f.unit.key, f.here, f.file])).toEqual([
      ['valueScores.financialImpact', 5, 1],
    ]);
    expect(c1(a)).toMatchObject({
      title: 'Customer chatbot',
      valueScores: { riskMitigation: 4, financialImpact: 5 },
    });

    // B takes A's merged file: nothing left to decide, and both end the same.
    const back = b.merge(a.replicaDocument(w), keepDefaults);
    expect(back.conflicts).toEqual([]);
    expect(b.replicaDocument(w)).toEqual(a.replicaDocument(w));
  });

  it("merges governance set on two laptops: different items both hold, one item set differently is a conflict in the room's words", () => {
    const { a, b, w } = twoLaptops();
    const c1 = (r: MemoryReplica) => r.doc(w).candidates.find((c) => c.id === 'c1')!;
    a.apply(setGovernance('c1', 'privacyAndCompliance', { state: 'done', owner: 'Dana' }));
    b.apply(setGovernance('c1', 'trainingDataBias', { state: 'in-progress' }));
    a.apply(setGovernance('c1', 'fairness', { state: 'done' }));
    b.apply(setGovernance('c1', 'fairness', { state: 'n/a', note: 'No personal data' }));

    const plan = a.merge(viaFile(b.replicaDocument(w)), keepDefaults);
    expect(plan.conflicts).toHaveLength(1);
    const [field] = plan.conflicts[0]?.fields ?? [];
    expect([field?.unit.key, field?.here, field?.file]).toEqual([
      'governance.fairness.state',
      'done',
      'n/a',
    ]);
    expect(fieldLabel('candidates', field!.unit)).toBe('Fairness across demographics');
    const docs = { here: a.doc(w), merged: a.doc(w) };
    expect(describeChoice(plan.conflicts[0]!, field!.unit, 'file', docs)).toMatch(
      /^Take Not applicable/,
    );
    expect(c1(a).governance).toMatchObject({
      privacyAndCompliance: { state: 'done', owner: 'Dana' },
      trainingDataBias: { state: 'in-progress' },
      // The note was B's alone: it holds; the state was set on both, and A's is kept by default.
      fairness: { state: 'done', note: 'No personal data' },
    });

    const back = b.merge(viaFile(a.replicaDocument(w)), keepDefaults);
    expect(back.conflicts).toEqual([]);
    expect(b.replicaDocument(w)).toEqual(a.replicaDocument(w));
  });

  it('merges two laptops’ voting rounds with no ballot lost; one person’s ballot on both is one conflict', () => {
    const { a, b, w, env } = twoLaptops();
    const people = ['Ada', 'Bo', 'Cy'].map((name, i) => ({
      id: `pt${i + 1}`,
      createdAt: '2026-06-01T09:00:00.000Z',
      updatedAt: '2026-06-01T09:00:00.000Z',
      workshopId: w,
      name,
      role: '',
      department: '',
    }));
    a.apply({ create: { participants: people } });
    b.merge(viaFile(a.replicaDocument(w)), keepDefaults);
    const fields = {
      name: 'Dots',
      kind: 'dots' as const,
      mode: 'secret' as const,
      candidateIds: ['c1', 'c2', 'c3'],
      criteria: [],
      dotsPerParticipant: 3,
      maxPerCandidate: 3,
    };
    // Each laptop runs its own round, and both take Ada's ballot in A's round.
    a.apply(startRound(w, { ...fields, name: 'Morning' }, env));
    const morning = a.doc(w).rounds[0]!;
    b.merge(viaFile(a.replicaDocument(w)), keepDefaults);
    b.apply(startRound(w, { ...fields, name: 'Afternoon' }, env));
    const afternoon = b.doc(w).rounds.find((r) => r.name === 'Afternoon')!;
    a.apply(castBallot(a.doc(w), morning, 'pt1', { dots: [{ candidateId: 'c1', count: 3 }] }, env));
    a.apply(castBallot(a.doc(w), morning, 'pt2', { dots: [{ candidateId: 'c2', count: 3 }] }, env));
    b.apply(castBallot(b.doc(w), morning, 'pt3', { dots: [{ candidateId: 'c3', count: 2 }] }, env));
    b.apply(castBallot(b.doc(w), morning, 'pt1', { dots: [{ candidateId: 'c3', count: 1 }] }, env));
    b.apply(
      castBallot(b.doc(w), afternoon, 'pt1', { dots: [{ candidateId: 'c2', count: 1 }] }, env),
    );

    const plan = a.merge(viaFile(b.replicaDocument(w)), keepDefaults);
    // Ada's ballot in the morning round was taken on both: one record, one conflict to choose.
    expect(plan.conflicts.map((c) => [c.kind, c.fields.map((f) => f.unit.key)])).toEqual([
      ['ballots', ['dots']],
    ]);
    const merged = a.doc(w);
    expect(merged.rounds.map((r) => r.name).sort()).toEqual(['Afternoon', 'Morning']);
    expect(merged.ballots).toHaveLength(4);
    const dotsOf = (round: string, p: string) =>
      merged.ballots.find((x) => x.roundId === round && x.participantId === p)?.dots;
    expect(dotsOf(morning.id, 'pt1')).toEqual([{ candidateId: 'c1', count: 3 }]);
    expect(dotsOf(morning.id, 'pt2')).toEqual([{ candidateId: 'c2', count: 3 }]);
    expect(dotsOf(morning.id, 'pt3')).toEqual([{ candidateId: 'c3', count: 2 }]);
    expect(dotsOf(afternoon.id, 'pt1')).toEqual([{ candidateId: 'c2', count: 1 }]);

    const back = b.merge(viaFile(a.replicaDocument(w)), keepDefaults);
    expect(back.conflicts).toEqual([]);
    expect(b.replicaDocument(w)).toEqual(a.replicaDocument(w));
  });

  it('keeps a candidate deleted on one side and edited on the other by default, and lists it', () => {
    const { a, b, w } = twoLaptops();
    a.apply(deleteCandidate(a.doc(w), 'c2'));
    b.apply(patchChange('candidates', { id: 'c2', set: { notes: 'Pilot succeeded' } }));
    const plan = a.merge(b.replicaDocument(w), keepDefaults);
    expect(plan.conflicts.map((c) => [c.type, c.id])).toEqual([['deleted-here', 'c2']]);
    expect(a.doc(w).candidates.find((c) => c.id === 'c2')?.notes).toBe('Pilot succeeded');
    // A's deletion also took c2 out of c4's dependencies; that one-sided removal stands.
    expect(a.doc(w).candidates.find((c) => c.id === 'c4')?.dependencies).toEqual([]);
    b.merge(a.replicaDocument(w), (p) => {
      expect(p.conflicts).toEqual([]);
      return defaultChoices(p);
    });
    expect(b.replicaDocument(w)).toEqual(a.replicaDocument(w));
  });

  it('deletes without asking what the other side did not touch, and does not bring it back', () => {
    const { a, b, w } = twoLaptops();
    a.apply(deleteCandidate(a.doc(w), 'c3'));
    const plan = b.merge(a.replicaDocument(w), keepDefaults);
    expect(plan.conflicts).toEqual([]);
    expect(plan.auto.filter((c) => c.action === 'deleted').map((c) => c.id)).toEqual(['c3']);
    expect(b.doc(w).candidates.map((c) => c.id)).not.toContain('c3');
    // An old copy that still has c3 does not resurrect it.
    const stale = new MemoryReplica('laptopC');
    stale.importNew(twoLaptops().a.replicaDocument(w));
    expect(b.merge(stale.replicaDocument(w), keepDefaults).auto).toEqual([]);
    expect(b.doc(w).candidates.map((c) => c.id)).not.toContain('c3');
  });

  it('reorders one phase on both sides without a conflict', () => {
    const { a, b, w } = twoLaptops();
    const phase = a.doc(w).phases[0]!.id;
    for (const id of ['c1', 'c2', 'c3']) a.apply(moveCandidate(a.doc(w), id, phase, 9));
    b.merge(a.replicaDocument(w), keepDefaults);
    a.apply(moveCandidate(a.doc(w), 'c3', phase, 0));
    b.apply(moveCandidate(b.doc(w), 'c1', phase, 2));
    const plan = a.merge(b.replicaDocument(w), keepDefaults);
    expect(plan.conflicts).toEqual([]);
    b.merge(a.replicaDocument(w), keepDefaults);
    expect(b.replicaDocument(w)).toEqual(a.replicaDocument(w));
  });

  it('merges dependency lists as sets: an add on each side both hold', () => {
    const { a, b, w } = twoLaptops();
    a.apply(patchChange('candidates', { id: 'c1', add: { dependencies: ['c2'] } }));
    b.apply(patchChange('candidates', { id: 'c1', add: { dependencies: ['c3'] } }));
    expect(a.merge(b.replicaDocument(w), keepDefaults).conflicts).toEqual([]);
    expect(a.doc(w).candidates.find((c) => c.id === 'c1')?.dependencies).toEqual(['c2', 'c3']);
  });

  it('has nothing to do for the same file twice, or for an older copy of itself', () => {
    const { a, b, w } = twoLaptops();
    const older = a.replicaDocument(w);
    a.apply(
      saveCandidate(w, null, { ...blankCandidateFields(), title: 'Recommendations' }, testEnv()),
    );
    const plan = planMerge(a.replicaDocument(w), older);
    expect(plan.conflicts).toEqual([]);
    expect(resolveMerge(plan, new Map<string, Side>()).writes).toEqual([]);
    const file = a.replicaDocument(w);
    b.merge(file, keepDefaults);
    const again = planMerge(b.replicaDocument(w), file);
    expect(resolveMerge(again).writes).toEqual([]);
  });
});

describe('files from version 1', () => {
  const v1 = () =>
    JSON.parse(
      readFileSync(new URL('../fixtures/files/v1.scalepath', import.meta.url), 'utf8'),
    ) as { candidates: Array<Record<string, unknown>> };
  const read = (raw: unknown) => {
    const result = parseWorkshopFile(JSON.stringify(raw));
    if (!result.ok) throw new Error(result.error.message);
    return result;
  };

  it('merge silently where records are identical, and list differing fields as conflicts with history unknown', () => {
    const here = new MemoryReplica('rhere');
    here.importNew(read(v1()));
    const edited = v1();
    const first = edited.candidates[0] as Record<string, unknown>;
    first.title = 'Stock prediction';
    first.rev = 9;
    const plan = planMerge(here.replicaDocument('fixture-v1-workshop'), read(edited));
    expect(plan.auto).toEqual([]);
    expect(
      plan.conflicts.map((c) => c.fields.map((f) => [c.id, f.unit.key, f.isHistoryUnknown])),
    ).toEqual([[['fixture-v1-inventory', 'title', true]]]);
  });
});

describe('files from version 1, further', () => {
  const v1 = () =>
    JSON.parse(
      readFileSync(new URL('../fixtures/files/v1.scalepath', import.meta.url), 'utf8'),
    ) as { candidates: Array<Record<string, unknown>> };
  const read = (raw: unknown) => {
    const result = parseWorkshopFile(JSON.stringify(raw));
    if (!result.ok) throw new Error(result.error.message);
    return result;
  };

  it('list a dependency list that differs as a conflict, not a silent union', () => {
    const here = new MemoryReplica('rhere');
    here.importNew(read(v1()));
    const edited = v1();
    const fraud = edited.candidates[1] as Record<string, unknown>;
    fraud.dependencies = [];
    const plan = planMerge(here.replicaDocument('fixture-v1-workshop'), read(edited));
    expect(
      plan.conflicts.flatMap((c) =>
        c.fields.map((f) => [c.id, f.unit.key, f.here, f.file, f.isHistoryUnknown]),
      ),
    ).toEqual([['fixture-v1-fraud', 'dependencies', ['fixture-v1-inventory'], [], true]]);
    const taken = resolveMerge(
      plan,
      new Map([['candidates/fixture-v1-fraud/dependencies', 'file']]),
    );
    expect(
      taken.result.doc.candidates.find((c) => c.id === 'fixture-v1-fraud')?.dependencies,
    ).toEqual([]);
  });

  it('end in the same file on both laptops once merged both ways', () => {
    const a = new MemoryReplica('ra');
    const b = new MemoryReplica('rb');
    a.importNew(read(v1()));
    const other = v1();
    (other.candidates[0] as Record<string, unknown>).owner = 'Someone else';
    b.importNew(read(other));
    a.merge(viaFile(b.replicaDocument('fixture-v1-workshop')), defaultChoices);
    b.merge(viaFile(a.replicaDocument('fixture-v1-workshop')), (p) => {
      expect(p.conflicts).toEqual([]);
      return defaultChoices(p);
    });
    const text = (r: MemoryReplica) =>
      serializeWorkshopFile(r.replicaDocument('fixture-v1-workshop'), {
        appVersion: 't',
        exportedAt: '2026-01-01T00:00:00.000Z',
        replica: { id: 'rx', name: 'x' },
      });
    expect(text(b)).toBe(text(a));
  });
});

describe('the merge in the room’s words', () => {
  it('says where a candidate ends up with each choice, and counts what needs the room', () => {
    const { a, b, w } = twoLaptops();
    // Both score its data readiness 4 (the same value: no conflict), and its financial impact apart.
    const ready = patchChange('candidates', {
      id: 'c1',
      set: { feasibilityScores: { dataReadiness: 4 } },
    });
    a.apply(ready);
    b.apply(ready);
    a.apply(patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 5 } } }));
    b.apply(patchChange('candidates', { id: 'c1', set: { valueScores: { financialImpact: 1 } } }));
    b.apply(patchChange('candidates', { id: 'c3', set: { title: 'Churn' } }));
    const plan = planMerge(a.replicaDocument(w), b.replicaDocument(w));
    const [conflict] = plan.conflicts;
    const field = conflict?.fields[0];
    if (!conflict || !field) throw new Error('a conflict');
    const docs = { here: a.doc(w), merged: resolveMerge(plan).result.doc };
    expect(fieldLabel('candidates', field.unit)).toBe('Direct financial impact score');
    expect(describeChoice(conflict, field.unit, 'here', docs)).toBe(
      'Keep 5: stays in Quick wins; priority 90',
    );
    expect(describeChoice(conflict, field.unit, 'file', docs)).toBe(
      'Take 1: moves from Quick wins to Fill-ins; priority 90 → 30',
    );
    expect(summaryLine(plan)).toBe('1 change applies automatically · 1 needs you');
  });

  it('describes each choice with the other choices as they stand', () => {
    const { a, b, w } = twoLaptops();
    const ready = patchChange('candidates', {
      id: 'c1',
      set: { feasibilityScores: { dataReadiness: 4 } },
    });
    a.apply(ready);
    b.apply(ready);
    a.apply(
      patchChange('candidates', {
        id: 'c1',
        set: { valueScores: { financialImpact: 1, strategicImportance: 1 } },
      }),
    );
    b.apply(
      patchChange('candidates', {
        id: 'c1',
        set: { valueScores: { financialImpact: 5, strategicImportance: 5 } },
      }),
    );
    const plan = planMerge(a.replicaDocument(w), b.replicaDocument(w));
    const [conflict] = plan.conflicts;
    if (!conflict) throw new Error('a conflict');
    const bothFromFile = new Map(conflict.fields.map((f) => [f.key, 'file' as const]));
    const docs = { here: a.doc(w), merged: resolveMerge(plan, bothFromFile).result.doc };
    // Taking both: V = 100, F = 75, k = 2: priority 95, in Quick wins (here: V 0, Fill-ins, 30).
    for (const field of conflict.fields) {
      expect(describeChoice(conflict, field.unit, 'file', docs)).toBe(
        'Take 5: moves from Fill-ins to Quick wins; priority 30 → 95',
      );
    }
  });

  it('warns of the links a deletion took away when the deleted candidate is kept', () => {
    const { a, b, w } = twoLaptops();
    a.apply(deleteCandidate(a.doc(w), 'c2'));
    b.apply(patchChange('candidates', { id: 'c2', set: { notes: 'still needed' } }));
    const plan = planMerge(a.replicaDocument(w), b.replicaDocument(w));
    const { result } = resolveMerge(plan);
    expect(result.doc.candidates.map((c) => c.id)).toContain('c2');
    expect(
      mergeWarnings(plan.here, result, [...plan.here.tombstones, ...plan.file.tombstones]).map(
        (x) => x.message,
      ),
    ).toEqual([
      '“Lead scoring” no longer depends on “Fraud detection”: the deletion took the link away, and “Fraud detection” is kept. Tick it again under “Depends on” if it still holds.',
    ]);
  });

  it('warns of a dependency on a candidate the other laptop deleted', () => {
    const { a, b, w } = twoLaptops();
    a.apply(deleteCandidate(a.doc(w), 'c3'));
    b.apply(patchChange('candidates', { id: 'c1', add: { dependencies: ['c3'] } }));
    const plan = planMerge(a.replicaDocument(w), b.replicaDocument(w));
    const { result } = resolveMerge(plan);
    expect(mergeWarnings(plan.here, result).map((x) => x.message)).toEqual([
      '“Chatbot” depends on “Churn prediction”, which was deleted. Remove the dependency, or find what replaces it.',
    ]);
  });
});

describe('warnings after the merge', () => {
  /** Phase 1 takes 8 effort points; three large-ish candidates wait in the backlog. */
  function smallPhase() {
    const doc = aDocument(
      {
        phases: [{ id: 'p1', capacity: 8 }, { id: 'p2' }],
        candidates: [
          { id: 'c1', title: 'Chatbot', effort: 'L' },
          { id: 'c2', title: 'Fraud detection', effort: 'L' },
          { id: 'c3', title: 'Churn prediction', effort: 'M' },
        ],
      },
      testEnv(),
    );
    const a = new MemoryReplica('laptopA');
    const b = new MemoryReplica('laptopB');
    a.apply(createDocument(doc));
    b.importNew(a.replicaDocument(doc.workshop.id));
    return { a, b, w: doc.workshop.id };
  }

  const warningsOf = (plan: MergePlan) =>
    mergeWarnings(plan.here, resolveMerge(plan).result).map((x) => x.message);

  it('warns of a phase over its capacity when each laptop filled it within capacity', () => {
    const { a, b, w } = smallPhase();
    // A puts 4 points in phase 1, B 6: each fits in 8, together they are 10.
    a.apply(moveCandidate(a.doc(w), 'c1', 'p1', 0));
    b.apply(moveCandidate(b.doc(w), 'c2', 'p1', 0));
    b.apply(moveCandidate(b.doc(w), 'c3', 'p1', 1));
    const plan = planMerge(a.replicaDocument(w), b.replicaDocument(w));
    expect(plan.conflicts).toEqual([]);
    expect(warningsOf(plan)).toEqual([
      'Phase 1 - Foundation holds 10 effort points, 2 over its capacity of 8: move a candidate to a later phase or raise the capacity.',
    ]);
    // The other way round the result is the same, and so is the warning.
    expect(warningsOf(planMerge(b.replicaDocument(w), a.replicaDocument(w)))).toEqual(
      warningsOf(plan),
    );
  });

  it('does not warn of a phase that stays within capacity, or of one already over it here', () => {
    const { a, b, w } = smallPhase();
    a.apply(moveCandidate(a.doc(w), 'c1', 'p1', 0));
    b.apply(moveCandidate(b.doc(w), 'c3', 'p1', 0));
    // 4 + 2 points: within 8.
    expect(warningsOf(planMerge(a.replicaDocument(w), b.replicaDocument(w)))).toEqual([]);

    // Here phase 1 is over capacity already (4 + 4 + 2 = 10): the merge raises nothing new.
    a.apply(moveCandidate(a.doc(w), 'c2', 'p1', 1));
    a.apply(moveCandidate(a.doc(w), 'c3', 'p1', 2));
    b.apply(patchChange('candidates', { id: 'c1', set: { title: 'Customer chatbot' } }));
    expect(warningsOf(planMerge(a.replicaDocument(w), b.replicaDocument(w)))).toEqual([]);
  });
});
