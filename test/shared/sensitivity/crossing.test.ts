import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA_KEYS } from '../../../shared/domain/criteria.ts';
import type { Criterion } from '../../../shared/domain/criteria.ts';
import { scoreCandidate } from '../../../shared/domain/scoring.ts';
import type { WorkshopSettings } from '../../../shared/records/workshop.ts';
import { MAX_WEIGHT } from '../../../shared/records/workshop.ts';
import type { Scorable } from '../../../shared/sensitivity/crossing.ts';
import {
  crossingWeight,
  PAST_CROSSING,
  ranksAbove,
  weightOf,
  withWeight,
} from '../../../shared/sensitivity/crossing.ts';
import { aCandidate, aSettings, aSettingsWithWeights, arbScores } from '../../fixtures/builders.ts';

const STEP = 0.002;

/**
 * The brute force: walk the weight from where it is in steps of STEP until `above` no longer
 * ranks above `below` (by the app's scoring), then halve the last step down to 1e-9.
 */
function bruteCrossing(
  above: Scorable,
  below: Scorable,
  criterion: Criterion,
  settings: WorkshopSettings,
  direction: 1 | -1,
): number | null {
  const holds = (w: number) => ranksAbove(above, below, withWeight(settings, criterion, w));
  const now = weightOf(settings, criterion);
  const bound = direction === 1 ? MAX_WEIGHT : 0;
  let last = now;
  for (let i = 1; ; i++) {
    const w = direction === 1 ? Math.min(bound, now + i * STEP) : Math.max(bound, now - i * STEP);
    if (!holds(w)) {
      let [inside, outside] = [last, w];
      while (Math.abs(outside - inside) > 1e-9) {
        const mid = (inside + outside) / 2;
        if (holds(mid)) inside = mid;
        else outside = mid;
      }
      return outside;
    }
    if (w === bound) return null;
    last = w;
  }
}

const arbPair = fc
  .record({
    a: arbScores,
    b: arbScores,
    titles: fc.tuple(fc.constantFrom('Alpha', 'Beta', 'Same'), fc.constantFrom('Alpha', 'Same')),
    // Weights as people type them: halves and whole numbers, sometimes 0.
    weights: fc.array(
      fc.integer({ min: 0, max: 8 }).map((h) => h / 2),
      {
        minLength: 8,
        maxLength: 8,
      },
    ),
    share: fc.constantFrom(0.5, 0.6, 0.7, 0.35),
    criterion: fc.constantFrom(...CRITERIA_KEYS),
    direction: fc.constantFrom<1 | -1>(1, -1),
  })
  .map(({ a, b, titles, weights, share, criterion, direction }) => {
    const settings = aSettingsWithWeights(weights, { priorityValueShare: share });
    let [x, y] = [
      aCandidate({ id: 'x', title: titles[0], ...a }),
      aCandidate({ id: 'y', title: titles[1], ...b }),
    ];
    if (!ranksAbove(x, y, settings)) [x, y] = [y, x];
    return { above: x, below: y, settings, criterion, direction };
  })
  .filter(
    ({ above, below, settings }) =>
      scoreCandidate(above, settings).priority !== null &&
      scoreCandidate(below, settings).priority !== null,
  );

describe('the critical weight of a pair', () => {
  it('agrees with a brute-force search over the weight, on random pairs', () => {
    fc.assert(
      fc.property(arbPair, ({ above, below, settings, criterion, direction }) => {
        const closed = crossingWeight(above, below, criterion, settings, direction);
        const brute = bruteCrossing(above, below, criterion, settings, direction);
        if (brute === null) expect(closed).toBeNull();
        else expect(closed?.weight).toBeCloseTo(brute, 5);
      }),
      { numRuns: 400 },
    );
  });

  it('ties the pair at the critical weight, and swaps them just past it', () => {
    fc.assert(
      fc.property(arbPair, ({ above, below, settings, criterion, direction }) => {
        const crossing = crossingWeight(above, below, criterion, settings, direction);
        if (crossing === null) return;
        const at = withWeight(settings, criterion, crossing.weight);
        if (crossing.isStep) {
          // Leaving the criterion out is a step (the breadth bonus, or no priority), either way.
          expect(crossing.weight).toBe(0);
          const landing = direction === -1 ? at : withWeight(settings, criterion, PAST_CROSSING);
          expect(ranksAbove(above, below, landing)).toBe(false);
          return;
        }
        const pa = scoreCandidate(above, at).priority;
        const pb = scoreCandidate(below, at).priority;
        expect(pa).not.toBeNull();
        expect(pa as number).toBeCloseTo(pb as number, 6);
        const past = withWeight(settings, criterion, crossing.weight + direction * PAST_CROSSING);
        expect(ranksAbove(above, below, past)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('finds no swap where the two lines only touch at 0, though rounding ties them just above it', () => {
    // Found by the close-call property (seed -975340489). As strategic importance falls to 0 both
    // priorities fall to 40 and Two stays above all the way; within a rounding error of 0 both round
    // to the same nanos, the title puts One first, and the quadratic's root lands there (7e-11).
    const two = aCandidate({
      id: 'c2',
      title: 'Two',
      valueScores: {
        financialImpact: 2,
        strategicImportance: 5,
        riskMitigation: 3,
        learningValue: 2,
      },
      feasibilityScores: { dataReadiness: 1, integrationRequirements: 1, userReadiness: 2 },
    });
    const one = aCandidate({
      id: 'c0',
      title: 'One',
      valueScores: {
        financialImpact: 4,
        strategicImportance: 4,
        riskMitigation: 1,
        learningValue: 1,
      },
      feasibilityScores: { userReadiness: 3 },
    });
    const settings = aSettingsWithWeights([1.5, 0.5, 2, 1, 0.5, 0, 1, 1.5]);
    expect(ranksAbove(two, one, settings)).toBe(true);
    expect(ranksAbove(two, one, withWeight(settings, 'strategicImportance', 0))).toBe(true);
    expect(ranksAbove(two, one, withWeight(settings, 'strategicImportance', 1e-4))).toBe(true);
    expect(bruteCrossing(two, one, 'strategicImportance', settings, -1)).toBeNull();
    expect(crossingWeight(two, one, 'strategicImportance', settings, -1)).toBeNull();
  });

  it('finds a swap through the cap at 100, where the closed form stops holding', () => {
    // Zeta is capped at 100 at every weight of user readiness; Alpha reaches 100 when that weight
    // rises to 7/9, and from there the tie at the cap goes to Alpha by title.
    const strong = {
      financialImpact: 5,
      strategicImportance: 5,
      riskMitigation: 5,
      learningValue: 5,
    } as const;
    const zeta = aCandidate({
      id: 'z',
      title: 'Zeta',
      valueScores: strong,
      feasibilityScores: { dataReadiness: 5, userReadiness: 4 },
    });
    const alpha = aCandidate({
      id: 'a',
      title: 'Alpha',
      valueScores: { ...strong, learningValue: 4 },
      feasibilityScores: { dataReadiness: 3, userReadiness: 5 },
    });
    const settings = aSettings({
      feasibilityWeights: {
        dataReadiness: 1,
        technicalComplexity: 1,
        integrationRequirements: 1,
        userReadiness: 0.5,
      },
    });
    expect(ranksAbove(zeta, alpha, settings)).toBe(true);
    const crossing = crossingWeight(zeta, alpha, 'userReadiness', settings, 1);
    expect(crossing).toEqual({ weight: expect.closeTo(7 / 9, 9), isStep: false });
    expect(bruteCrossing(zeta, alpha, 'userReadiness', settings, 1)).toBeCloseTo(7 / 9, 5);
    expect(scoreCandidate(zeta, withWeight(settings, 'userReadiness', 7 / 9)).priority).toBe(100);
  });
});
