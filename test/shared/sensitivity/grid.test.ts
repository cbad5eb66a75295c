import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import type { Scorable } from '../../../shared/sensitivity/crossing.ts';
import {
  GRID_SIZE,
  gridScenario,
  mergeGrids,
  rankCandidates,
  runGrid,
} from '../../../shared/sensitivity/grid.ts';
import { aCandidate, aSettings, aSettingsWithWeights, arbScores } from '../../fixtures/builders.ts';

const arbWorkshop = fc.record({
  scores: fc.array(arbScores, { minLength: 2, maxLength: 12 }),
  titles: fc.array(fc.constantFrom('Alpha', 'Beta', 'Gamma'), { minLength: 12, maxLength: 12 }),
  weights: fc.array(
    fc.integer({ min: 0, max: 6 }).map((h) => h / 2),
    {
      minLength: 8,
      maxLength: 8,
    },
  ),
  share: fc.constantFrom(0.4, 0.6, 0.8),
  topN: fc.integer({ min: 1, max: 5 }),
  indices: fc.uniqueArray(fc.integer({ min: 0, max: GRID_SIZE - 1 }), {
    minLength: 1,
    maxLength: 60,
  }),
});

type Workshop = typeof arbWorkshop extends fc.Arbitrary<infer T> ? T : never;

function workshopOf(w: Workshop) {
  const settings: WorkshopSettings = aSettingsWithWeights(w.weights, {
    priorityValueShare: w.share,
  });
  const candidates: Scorable[] = w.scores.map((s, i) =>
    aCandidate({ id: `c${i}`, title: w.titles[i] ?? 'Alpha', ...s }),
  );
  return { settings, candidates };
}

describe('the scenario grid', () => {
  it('has 19,683 scenarios: each weight halved, kept or doubled, and the value share 0.5, 0.6 or 0.7', () => {
    expect(GRID_SIZE).toBe(19_683);
    const settings = aSettings();
    const seen = new Set(
      Array.from({ length: GRID_SIZE }, (_, i) => JSON.stringify(gridScenario(settings, i))),
    );
    expect(seen.size).toBe(GRID_SIZE);
    const last = gridScenario(settings, GRID_SIZE - 1);
    expect(Object.values(last.valueWeights)).toEqual([2, 2, 2, 2]);
    expect(last.priorityValueShare).toBe(0.7);
  });

  it('ranks each scenario as the app ranks it: best and worst rank and top-N count by brute force', () => {
    fc.assert(
      fc.property(arbWorkshop, (w) => {
        const { settings, candidates } = workshopOf(w);
        const grid = runGrid(candidates, settings, w.topN, w.indices);
        const expected = new Map<string, { best: number; worst: number; top: number }>();
        for (const index of w.indices) {
          rankCandidates(candidates, gridScenario(settings, index)).forEach((r, i) => {
            const e = expected.get(r.candidate.id) ?? { best: Infinity, worst: 0, top: 0 };
            expected.set(r.candidate.id, {
              best: Math.min(e.best, i + 1),
              worst: Math.max(e.worst, i + 1),
              top: e.top + (i < w.topN ? 1 : 0),
            });
          });
        }
        expect(grid.scenarios).toBe(w.indices.length);
        expect(
          new Map(
            grid.standings.map((s) => [
              s.id,
              { best: s.bestRank, worst: s.worstRank, top: s.topCount },
            ]),
          ),
        ).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the first candidates of the ranking, when only they are asked for, the standings the whole grid gives them', () => {
    fc.assert(
      fc.property(arbWorkshop, fc.integer({ min: 1, max: 13 }), fc.boolean(), (w, count, all) => {
        const { settings, candidates } = workshopOf(w);
        // The whole grid as well as a few scenarios: scenarios that share their value weights go
        // together, and are passed over together.
        const indices = all ? undefined : w.indices;
        const whole = runGrid(candidates, settings, w.topN, indices);
        const first = runGrid(candidates, settings, w.topN, indices, count);
        expect(first.scenarios).toBe(whole.scenarios);
        expect(first.standings).toEqual(whole.standings.slice(0, count));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order in which the scenarios are evaluated, nor on how they are split', () => {
    fc.assert(
      fc.property(arbWorkshop, fc.integer({ min: 0, max: 1_000 }), (w, seed) => {
        const { settings, candidates } = workshopOf(w);
        const shuffled = [...w.indices].sort(
          (a, b) => ((a * 7919 + seed) % 1009) - ((b * 7919 + seed) % 1009) || a - b,
        );
        const whole = runGrid(candidates, settings, w.topN, w.indices);
        expect(runGrid(candidates, settings, w.topN, shuffled)).toEqual(whole);
        const cut = Math.floor(shuffled.length / 2);
        const parts = mergeGrids(
          runGrid(candidates, settings, w.topN, shuffled.slice(0, cut)),
          runGrid(candidates, settings, w.topN, shuffled.slice(cut)),
        );
        expect(parts).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});
