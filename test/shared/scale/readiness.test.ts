import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyGovernance,
  GOVERNANCE_AREAS,
  GOVERNANCE_ITEMS,
} from '../../../shared/records/governance.ts';
import {
  AREA_ITEMS,
  areaReadiness,
  ethicalReviewStatus,
  firstOpenItem,
  formatReadiness,
  overallReadiness,
} from '../../../shared/scale/readiness.ts';
import { aGovernance, arbGovernance } from '../../fixtures/builders.ts';

describe('governance readiness', () => {
  it('is 0% for an empty checklist: every item applies and none is done', () => {
    expect(overallReadiness(emptyGovernance())).toEqual({ done: 0, applicable: 11, percent: 0 });
    for (const area of GOVERNANCE_AREAS) {
      expect(formatReadiness(areaReadiness(emptyGovernance(), area)), area).toBe('0%');
    }
  });

  it('counts n/a as neither done nor missing, and in progress as not done', () => {
    const governance = aGovernance({
      ownershipAndAccess: 'done',
      qualityStandards: 'in-progress',
      privacyAndCompliance: 'n/a',
      retentionAndDeletion: 'done',
    });
    // 2 done of the 3 that apply.
    expect(areaReadiness(governance, 'data')).toEqual({
      done: 2,
      applicable: 3,
      percent: (2 / 3) * 100,
    });
    expect(formatReadiness(areaReadiness(governance, 'data'))).toBe('66%');
    expect(overallReadiness(governance)).toMatchObject({ done: 2, applicable: 10 });
  });

  it('is null, shown as n/a, where no item applies, and 100% only when every applicable item is done', () => {
    const allNa = aGovernance(Object.fromEntries(AREA_ITEMS.model.map((i) => [i, 'n/a'])));
    expect(areaReadiness(allNa, 'model')).toEqual({ done: 0, applicable: 0, percent: null });
    expect(formatReadiness(areaReadiness(allNa, 'model'))).toBe('n/a');
    const done = aGovernance({
      documentationAndVersioning: 'done',
      monitoringAndRetraining: 'done',
      gradualRollout: 'n/a',
    });
    expect(formatReadiness(areaReadiness(done, 'model'))).toBe('100%');
  });

  it('stays between 0 and 100, and the areas add up to the whole', () => {
    fc.assert(
      fc.property(arbGovernance, (governance) => {
        const whole = overallReadiness(governance);
        const areas = GOVERNANCE_AREAS.map((a) => areaReadiness(governance, a));
        expect(whole.done).toBe(areas.reduce((n, r) => n + r.done, 0));
        expect(whole.applicable).toBe(areas.reduce((n, r) => n + r.applicable, 0));
        for (const r of [whole, ...areas]) {
          if (r.percent === null) expect(r.applicable).toBe(0);
          else expect(r.percent).toBeGreaterThanOrEqual(0);
          expect(r.percent ?? 0).toBeLessThanOrEqual(100);
        }
        // Marking an open item done never lowers the readiness.
        const open = GOVERNANCE_ITEMS.find(
          (i) => governance[i].state !== 'done' && governance[i].state !== 'n/a',
        );
        if (open !== undefined) {
          const after = { ...governance, [open]: { ...governance[open], state: 'done' as const } };
          expect(overallReadiness(after).percent ?? 0).toBeGreaterThan(whole.percent ?? 0);
        }
      }),
    );
  });
});

describe('the ethical review', () => {
  it('is not started, in progress, done or n/a from its four items', () => {
    expect(ethicalReviewStatus(emptyGovernance())).toBe('not-started');
    expect(ethicalReviewStatus(aGovernance({ fairness: 'in-progress' }))).toBe('in-progress');
    expect(ethicalReviewStatus(aGovernance({ fairness: 'done' }))).toBe('in-progress');
    expect(ethicalReviewStatus(aGovernance({ fairness: 'n/a' }))).toBe('not-started');
    const ethics = (state: 'done' | 'n/a') =>
      aGovernance(Object.fromEntries(AREA_ITEMS.ethics.map((i) => [i, state])));
    expect(ethicalReviewStatus(ethics('done'))).toBe('done');
    expect(ethicalReviewStatus(ethics('n/a'))).toBe('n/a');
    expect(
      ethicalReviewStatus({ ...ethics('n/a'), fairness: { state: 'done', owner: '', note: '' } }),
    ).toBe('done');
  });

  it('points at the first item still open in an area, or none', () => {
    expect(
      firstOpenItem(aGovernance({ trainingDataBias: 'done', fairness: 'n/a' }), 'ethics'),
    ).toBe('deploymentContext');
    expect(
      firstOpenItem(
        aGovernance(Object.fromEntries(AREA_ITEMS.data.map((i) => [i, 'done']))),
        'data',
      ),
    ).toBeNull();
  });
});
