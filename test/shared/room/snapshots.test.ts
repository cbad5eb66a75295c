import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCandidate, deleteCandidate } from '../../../shared/domain/candidate-edits.ts';
import { moveCandidate } from '../../../shared/domain/phase-edits.ts';
import { restoreSnapshot, takeSnapshot } from '../../../shared/domain/room-edits.ts';
import { patchChange } from '../../../shared/domain/change.ts';
import { createDocument } from '../../../shared/domain/workshop-edits.ts';
import { describeDiff, diffSnapshot, stateOf } from '../../../shared/room/snapshots.ts';
import {
  aDocument,
  applied,
  arbDocument,
  testEnv,
  uniformFeasibilityScores,
  uniformValueScores,
} from '../../fixtures/builders.ts';
import { MemoryReplica } from '../../fixtures/replicas.ts';

function workshop() {
  const env = testEnv();
  const doc = aDocument(
    {
      candidates: [
        {
          id: 'c1',
          title: 'Chatbot',
          valueScores: uniformValueScores(5),
          feasibilityScores: uniformFeasibilityScores(2),
        },
        {
          id: 'c2',
          title: 'Fraud detection',
          valueScores: uniformValueScores(4),
          feasibilityScores: uniformFeasibilityScores(2),
        },
        {
          id: 'c3',
          title: 'Lead scoring',
          valueScores: uniformValueScores(2),
          feasibilityScores: uniformFeasibilityScores(4),
        },
        { id: 'c4', title: 'Churn' },
      ],
    },
    env,
  );
  return { doc, env };
}

describe('the compare view', () => {
  it('lists the candidates that moved quadrant, phase or rank, and those added and removed', () => {
    const { doc, env } = workshop();
    const snap = applied(doc, takeSnapshot(doc, 'Before lunch', env));
    const snapshot = snap.snapshots[0]!;
    expect(snapshot.name).toBe('Before lunch');
    let now = applied(snap, placeCandidate(snap.candidates[0]!, { x: 10, y: 10 }));
    now = applied(now, moveCandidate(now, 'c3', 'p2', 0));
    now = applied(
      now,
      patchChange('candidates', {
        id: 'c2',
        set: { valueScores: uniformValueScores(1) },
      }),
    );
    now = applied(now, deleteCandidate(now, 'c4'));
    now = applied(now, {
      create: { candidates: [{ ...snap.candidates[3]!, id: 'c5', title: 'New idea' }] },
    });
    const diff = diffSnapshot(snapshot.state, now);
    expect(diff.moved.map((m) => [m.candidate.title, m.quadrant, m.phase, m.rank])).toEqual([
      // Placed in Reconsider, from Quick wins by its scores.
      ['Chatbot', { before: 'quick-wins', after: 'reconsider' }, null, null],
      // Scored down: into Fill-ins, and below Lead scoring, which rises.
      [
        'Fraud detection',
        { before: 'quick-wins', after: 'fill-ins' },
        null,
        { before: 2, after: 3 },
      ],
      [
        'Lead scoring',
        null,
        { before: null, after: 'Phase 2 - Expansion' },
        { before: 3, after: 2 },
      ],
    ]);
    expect(diff.counts).toEqual({ quadrant: 2, phase: 1, rank: 2 });
    expect(diff.added.map((c) => c.title)).toEqual(['New idea']);
    expect(diff.removed.map((c) => c.title)).toEqual(['Churn']);
    expect(diff.moved[0]?.spot.after).toEqual({ x: 10, y: 10 });
    // What the restore list says of a backup taken then.
    expect(describeDiff(diff)).toEqual([
      '1 candidate added: “New idea”.',
      '1 candidate deleted: “Churn”.',
      '3 candidates moved: “Chatbot” Quick wins → Reconsider; “Fraud detection” Quick wins → Fill-ins; rank 2 → 3; “Lead scoring” backlog → Phase 2 - Expansion; rank 3 → 2.',
    ]);
    expect(describeDiff(diffSnapshot(stateOf(now), now))).toEqual([
      'No candidate was added, deleted or moved quadrant, phase or rank.',
    ]);
  });

  it('finds nothing against a snapshot of the workshop as it is (property)', () => {
    fc.assert(
      fc.property(arbDocument(), (doc) => {
        const diff = diffSnapshot(stateOf(doc), doc);
        expect(diff).toEqual({
          moved: [],
          added: [],
          removed: [],
          counts: { quadrant: 0, phase: 0, rank: 0 },
        });
      }),
    );
  });
});

describe('restoring a snapshot', () => {
  it('puts the frozen records back as one undo step, deleted ones included, and the undo takes it back', () => {
    const { doc, env } = workshop();
    const laptop = new MemoryReplica('laptop');
    laptop.apply(createDocument(doc));
    laptop.apply(takeSnapshot(laptop.doc(doc.workshop.id), 'Start', env));
    const w = doc.workshop.id;
    laptop.apply(placeCandidate(laptop.doc(w).candidates[0]!, { x: 90, y: 90 }));
    laptop.apply(deleteCandidate(laptop.doc(w), 'c4'));
    laptop.apply({ create: { candidates: [{ ...doc.candidates[3]!, id: 'c5', title: 'Added' }] } });
    const before = laptop.doc(w);
    const snapshot = before.snapshots[0]!;
    const undo = laptop.apply(restoreSnapshot(before, snapshot));
    const restored = laptop.doc(w);
    expect(diffSnapshot(snapshot.state, restored)).toMatchObject({
      moved: [],
      added: [],
      removed: [],
    });
    expect(restored.candidates.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(restored.snapshots).toHaveLength(1);
    laptop.apply(undo);
    const undone = laptop.doc(w);
    expect(undone.candidates.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3', 'c5']);
    expect(undone.candidates.find((c) => c.id === 'c1')?.placement).toEqual({ x: 90, y: 90 });
  });
});
