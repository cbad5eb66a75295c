import { describe, expect, it } from 'vitest';
import { rankOfIndex } from '../../../shared/domain/rank.ts';
import { talentByPhase } from '../../../shared/scale/talent.ts';
import type { DocumentSpec } from '../../fixtures/builders.ts';
import { aDocument, testEnv } from '../../fixtures/builders.ts';

function plan(spec: DocumentSpec) {
  const doc = aDocument(spec, testEnv());
  return { doc, phases: talentByPhase(doc) };
}

const ML = { id: 'ml', name: 'ML engineering', have: 1, upskill: 1, hire: 1 };
const DATA = { id: 'data', name: 'Data engineering', have: 2, upskill: 0, hire: 0 };

describe('the talent plan', () => {
  it('says per phase what its candidates need against what the organisation has', () => {
    const { phases } = plan({
      capabilities: [ML, DATA],
      candidates: [
        { phaseId: 'p2', capabilities: ['ml', 'data'], phaseRank: rankOfIndex(0) },
        { phaseId: 'p2', capabilities: ['ml'], phaseRank: rankOfIndex(1) },
        { phaseId: 'p2', capabilities: ['ml'], phaseRank: rankOfIndex(2) },
        { phaseId: 'p2', capabilities: ['ml'], phaseRank: rankOfIndex(3) },
        { phaseId: null, capabilities: ['ml', 'data'] },
      ],
    });
    expect(phases.map((p) => [p.phase?.name, p.gap, p.needs.map((n) => n.sentence)])).toEqual([
      ['Phase 1 - Foundation', 0, []],
      [
        'Phase 2 - Expansion',
        1,
        [
          'Phase 2 - Expansion needs ML engineering on 4 candidates; you have 1 person, plan to upskill 1 and hire 1: a gap of 1 person.',
          'Phase 2 - Expansion needs Data engineering on 1 candidate; you have 2 people: covered.',
        ],
      ],
      ['Phase 3 - Transformation', 0, []],
      [
        undefined,
        0,
        [
          'Not yet scheduled, 1 candidate needs Data engineering; you have 2 people: covered.',
          'Not yet scheduled, 1 candidate needs ML engineering; you have 1 person, plan to upskill 1 and hire 1: covered.',
        ],
      ],
    ]);
    expect(phases[1]?.needs[0]?.candidateIds).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('names a capability nobody has yet, and one with only hires planned', () => {
    const { phases } = plan({
      capabilities: [
        { id: 'ethics', name: 'AI ethics and governance', have: 0, upskill: 0, hire: 0 },
        { id: 'cm', name: 'Change management', have: 0, upskill: 0, hire: 2 },
      ],
      candidates: [
        { phaseId: 'p1', capabilities: ['ethics', 'cm'] },
        { phaseId: 'p1', capabilities: ['ethics', 'cm'] },
      ],
    });
    expect(phases[0]?.needs.map((n) => [n.sentence, n.gap])).toEqual([
      [
        'Phase 1 - Foundation needs AI ethics and governance on 2 candidates; you have nobody: a gap of 2 people.',
        2,
      ],
      [
        'Phase 1 - Foundation needs Change management on 2 candidates; you have nobody, plan to hire 2: covered.',
        0,
      ],
    ]);
  });

  it('ignores capabilities that are not in the list, and phases follow the roadmap order', () => {
    const { phases } = plan({
      phases: [
        { id: 'late', order: 5 },
        { id: 'early', order: 1 },
      ],
      capabilities: [ML],
      candidates: [{ phaseId: 'late', capabilities: ['ml', 'deleted'] }],
    });
    expect(phases.map((p) => p.phase?.id ?? null)).toEqual(['early', 'late', null]);
    expect(phases[1]?.needs.map((n) => n.capability.id)).toEqual(['ml']);
    expect(phases[1]?.gap).toBe(0);
  });
});
