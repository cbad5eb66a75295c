import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/domain/criteria.ts';
import { STAGES } from '../../../shared/domain/criteria.ts';
import type { PilotChecklist } from '../../../shared/records/pilot.ts';
import { emptyPilotChecklist, PILOT_CRITERIA } from '../../../shared/records/pilot.ts';
import { chooseBlueprint, comparePilots } from '../../../shared/scale/blueprint.ts';
import type { CandidateOverrides } from '../../fixtures/builders.ts';
import {
  aDocument,
  arbPilotChecklist,
  testEnv,
  uniformFeasibilityScores,
  uniformValueScores,
} from '../../fixtures/builders.ts';

/** A pilot checklist scored [business problem, ROI, user acceptance, repeatable patterns]. */
function scored(scores: ReadonlyArray<number | null>): PilotChecklist {
  const pilot = emptyPilotChecklist();
  PILOT_CRITERIA.forEach((k, i) => {
    pilot[k] = { score: scores[i] ?? null, evidence: '' };
  });
  return pilot;
}

function pilot(title: string, scores: ReadonlyArray<number | null>, more: CandidateOverrides = {}) {
  return { title, stage: 'pilot-succeeded' as Stage, pilot: scored(scores), ...more };
}

function blueprintOf(candidates: CandidateOverrides[]) {
  return chooseBlueprint(aDocument({ candidates }, testEnv()));
}

describe('the scaling blueprint', () => {
  it('recommends the strongest pilot and says why in one sentence', () => {
    const result = blueprintOf([
      pilot('Predictive inventory', [4, 4, 4, 4]),
      pilot('Customer query chatbot', [5, 4, 5, 4], { stage: 'scaling' }),
      { title: 'An idea', stage: 'idea', pilot: scored([5, 5, 5, 5]) },
    ]);
    expect(result.recommended?.candidate.title).toBe('Customer query chatbot');
    expect(result.why).toBe(
      '“Customer query chatbot” (scaling) is the strongest pilot, with 18 of 20 on the pilot-scaling checklist, no criterion below 4, ahead of “Predictive inventory” (16 of 20).',
    );
    // Only pilots that succeeded or are scaling are weighed.
    expect(result.pilots.map((p) => [p.candidate.title, p.standing])).toEqual([
      ['Customer query chatbot', 'recommended'],
      ['Predictive inventory', 'ready'],
    ]);
  });

  it('says why a pilot falls short, and never recommends it however high its total', () => {
    const result = blueprintOf([
      pilot('Lead scoring', [5, 2, 5, 5]),
      pilot('Chatbot', [3, 3, 3, 3]),
    ]);
    expect(result.recommended?.candidate.title).toBe('Chatbot');
    const short = result.pilots.find((p) => p.candidate.title === 'Lead scoring');
    expect(short).toMatchObject({ standing: 'short', total: 17, reasons: ['ROI not shown yet'] });
    expect(result.why).toMatch(/, and the only one ready to scale\.$/);
  });

  it('does not weigh a pilot until all four criteria are scored, and says which are missing', () => {
    const result = blueprintOf([pilot('Chatbot', [5, null, 4, null])]);
    expect(result.recommended).toBeNull();
    expect(result.pilots[0]).toMatchObject({
      standing: 'unscored',
      reasons: ['ROI not scored yet', 'repeatable patterns not scored yet'],
    });
    expect(result.why).toBe(
      'No pilot is ready to be the blueprint yet: score each pilot on the four criteria of the pilot-scaling checklist.',
    );
    expect(blueprintOf([pilot('A', [1, 5, 5, 5])]).why).toMatch(/^No pilot is ready .* below 3/);
    expect(blueprintOf([{ title: 'Only ideas' }])).toEqual({
      pilots: [],
      recommended: null,
      why: null,
    });
  });

  it('breaks a tie on the total by the higher lowest score', () => {
    const result = blueprintOf([pilot('Uneven', [5, 5, 3, 3]), pilot('Even', [4, 4, 4, 4])]);
    expect(result.recommended?.candidate.title).toBe('Even');
    expect(result.why).toBe(
      '“Even” (pilot succeeded) ties with “Uneven” on 16 of 20 on the pilot-scaling checklist and is the blueprint because its lowest score is higher (4 against 3).',
    );
  });

  it('then by the higher priority on the matrix, then by title and id', () => {
    const feasibilityScores = uniformFeasibilityScores(3);
    const result = blueprintOf([
      pilot('Alpha', [4, 4, 4, 4], { valueScores: uniformValueScores(2), feasibilityScores }),
      pilot('Zulu', [4, 4, 4, 4], { valueScores: uniformValueScores(5), feasibilityScores }),
    ]);
    expect(result.recommended?.candidate.title).toBe('Zulu');
    expect(result.why).toMatch(/because its priority on the matrix is higher \(95 against 35\)\.$/);
    const byTitle = blueprintOf([pilot('Beta', [4, 4, 4, 4]), pilot('Alpha', [4, 4, 4, 4])]);
    expect(byTitle.recommended?.candidate.title).toBe('Alpha');
    expect(byTitle.why).toMatch(/because it comes first by title\.$/);
    const byId = blueprintOf([
      pilot('Same', [4, 4, 4, 4], { id: 'c9' }),
      pilot('Same', [4, 4, 4, 4], { id: 'c2' }),
    ]);
    expect(byId.recommended?.candidate.id).toBe('c2');
  });

  it('recommends a ready pilot no other ready pilot beats, whatever the order of the candidates', () => {
    const arbPilots = fc.array(
      fc.record({ stage: fc.constantFrom(...STAGES), pilot: arbPilotChecklist }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arbPilots, (specs) => {
        const candidates = specs.map((s, i) => ({ ...s, id: `c${i}`, title: `Pilot ${i % 3}` }));
        const result = blueprintOf(candidates);
        const reversed = blueprintOf([...candidates].reverse());
        expect(reversed.recommended?.candidate.id).toBe(result.recommended?.candidate.id);
        const ready = result.pilots.filter((p) => p.standing === 'ready');
        if (result.recommended === null) expect(ready).toEqual([]);
        for (const other of ready)
          expect(comparePilots(result.recommended!, other)).toBeLessThan(0);
        for (const p of result.pilots) {
          expect(p.standing === 'short' || p.standing === 'unscored').toBe(p.reasons.length > 0);
        }
      }),
    );
  });
});
