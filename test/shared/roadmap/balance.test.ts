import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../shared/records/candidate.ts';
import {
  BALANCE_DIMENSIONS,
  departmentSpread,
  portfolioBalance,
} from '../../../shared/roadmap/balance.ts';
import type { BalanceGroup, DimensionBalance } from '../../../shared/roadmap/balance.ts';
import type { CandidateOverrides } from '../../fixtures/builders.ts';
import { aCandidate, aPhase, aSettings, arbRoadmapDocument } from '../../fixtures/builders.ts';

const settings = aSettings();
const phases = [
  aPhase({ id: 'p2', name: 'Phase 2 - Expansion', order: 1 }),
  aPhase({ id: 'p1', name: 'Phase 1 - Foundation', order: 0 }),
];

function candidates(list: CandidateOverrides[]): Candidate[] {
  return list.map((overrides) => aCandidate(overrides));
}

function dimension(group: BalanceGroup, name: DimensionBalance['dimension']): DimensionBalance {
  const found = group.dimensions.find((d) => d.dimension === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
}

describe('portfolioBalance', () => {
  it('counts each side by number and by effort, with the untagged apart', () => {
    const list = candidates([
      { horizon: 'quick-win', effort: 'S' },
      { horizon: 'quick-win', effort: 'M' },
      { horizon: 'long-term', effort: 'XL' },
      { horizon: null, effort: 'L' },
    ]);
    expect(dimension(portfolioBalance(list, phases, settings).all, 'horizon')).toEqual({
      dimension: 'horizon',
      a: { key: 'quick-win', count: 2, effort: 3 },
      b: { key: 'long-term', count: 1, effort: 8 },
      unset: { count: 1, effort: 4 },
      shareByCount: (100 * 2) / 3,
      shareByEffort: (100 * 3) / 11,
      isOutOfBandByCount: false,
      isOutOfBandByEffort: true,
      isOutOfBand: true,
      advice:
        'Only 27% of the effort goes to quick-win projects: add a quick-win project to keep momentum, or move one forward.',
    });
  });

  it('counts an untagged card the room put in Quick wins as a quick win, and a long-term tag as long-term wherever it is placed', () => {
    const inQuickWins = { placement: { x: 90, y: 90 } };
    const list = candidates([
      { horizon: null, effort: 'S', ...inQuickWins },
      { horizon: 'long-term', effort: 'S', ...inQuickWins },
      { horizon: null, effort: 'S', placement: { x: 10, y: 10 } },
    ]);
    expect(dimension(portfolioBalance(list, phases, settings).all, 'horizon')).toMatchObject({
      a: { key: 'quick-win', count: 1 },
      b: { key: 'long-term', count: 1 },
      unset: { count: 1 },
    });
  });

  it('gives the example sentence for 20% of the effort on quick wins', () => {
    const list = candidates([
      { horizon: 'quick-win', effort: 'S' },
      { horizon: 'quick-win', effort: 'S' },
      { horizon: 'long-term', effort: 'XL' },
    ]);
    expect(dimension(portfolioBalance(list, phases, settings).all, 'horizon').advice).toBe(
      'Only 20% of the effort goes to quick-win projects: add a quick-win project to keep momentum, or move one forward.',
    );
  });

  it('advises on the other side when the first side takes too much', () => {
    const list = candidates([
      { audience: 'customer-facing', effort: 'L' },
      { audience: 'operational', effort: 'S' },
    ]);
    expect(dimension(portfolioBalance(list, phases, settings).all, 'audience').advice).toBe(
      'Only 20% of the effort goes to operational improvements: add an operational improvement that builds internal capability.',
    );
  });

  it('says so when nothing goes to one side', () => {
    const list = candidates([{ approach: 'proven' }, { approach: 'proven' }]);
    expect(dimension(portfolioBalance(list, phases, settings).all, 'approach').advice).toBe(
      'No effort goes to experiments: add an experiment that explores a new technique.',
    );
  });

  it('does not round a small share down to nothing', () => {
    const list = candidates([
      { horizon: 'quick-win', effort: 'S' },
      ...Array.from({ length: 13 }, () => ({
        horizon: 'long-term' as const,
        effort: 'XL' as const,
      })),
    ]);
    expect(dimension(portfolioBalance(list, phases, settings).all, 'horizon').advice).toBe(
      'Less than 1% of the effort goes to quick-win projects: add a quick-win project to keep momentum, or move one forward.',
    );
  });

  it('advises by count when only the count is out of band', () => {
    const list = candidates([
      { approach: 'experimental', effort: 'XL' },
      { approach: 'proven', effort: 'S' },
      { approach: 'proven', effort: 'S' },
      { approach: 'proven', effort: 'S' },
      { approach: 'proven', effort: 'S' },
    ]);
    const approach = dimension(portfolioBalance(list, phases, settings).all, 'approach');
    expect(approach).toMatchObject({ isOutOfBandByCount: true, isOutOfBandByEffort: false });
    expect(approach.advice).toBe(
      'Experiments make up only 1 of 5 tagged candidates (20%): add an experiment that explores a new technique.',
    );
  });

  it('treats the band as inclusive and uses the workshop band', () => {
    const list = candidates([
      { horizon: 'quick-win', effort: 'S' },
      { horizon: 'quick-win', effort: 'S' },
      { horizon: 'quick-win', effort: 'S' },
      { horizon: 'long-term', effort: 'S' },
      { horizon: 'long-term', effort: 'S' },
      { horizon: 'long-term', effort: 'S' },
      { horizon: 'long-term', effort: 'S' },
      { horizon: 'long-term', effort: 'S' },
      { horizon: 'long-term', effort: 'S' },
      { horizon: 'long-term', effort: 'S' },
    ]);
    expect(dimension(portfolioBalance(list, phases, settings).all, 'horizon')).toMatchObject({
      shareByCount: 30,
      isOutOfBand: false,
      advice: null,
    });
    const narrow = aSettings({ balanceBand: { min: 40, max: 60 } });
    expect(dimension(portfolioBalance(list, phases, narrow).all, 'horizon').isOutOfBand).toBe(true);
  });

  it('has no share and no warning when nobody is tagged', () => {
    const horizon = dimension(portfolioBalance(candidates([{}]), phases, settings).all, 'horizon');
    expect(horizon).toMatchObject({
      shareByCount: null,
      shareByEffort: null,
      isOutOfBand: false,
      advice: null,
      unset: { count: 1, effort: 2 },
    });
  });

  it('groups the roadmap, each phase in order and the backlog', () => {
    const list = candidates([
      { phaseId: 'p1', effort: 'S', audience: 'operational' },
      { phaseId: 'p2', effort: 'M', audience: 'customer-facing' },
      { phaseId: 'p2', effort: 'L' },
      { phaseId: null, effort: 'XL' },
      { phaseId: 'deleted-phase', effort: 'XL' },
    ]);
    const balance = portfolioBalance(list, phases, settings);
    expect([balance.all.count, balance.all.effort]).toEqual([5, 23]);
    expect([balance.roadmap.count, balance.roadmap.effort]).toEqual([3, 7]);
    expect([balance.backlog.count, balance.backlog.effort]).toEqual([2, 16]);
    expect(balance.phases.map((p) => [p.phaseId, p.phaseName, p.count, p.effort])).toEqual([
      ['p1', 'Phase 1 - Foundation', 1, 1],
      ['p2', 'Phase 2 - Expansion', 2, 6],
    ]);
    expect(dimension(balance.roadmap, 'audience').shareByEffort).toBeCloseTo(200 / 3);
    expect(balance.roadmap.dimensions.map((d) => d.dimension)).toEqual([...BALANCE_DIMENSIONS]);
  });
});

describe('departmentSpread', () => {
  it('counts candidates and effort per department, the empty one as "No department"', () => {
    const list = candidates([
      { department: 'Sales', effort: 'M' },
      { department: ' Sales ', effort: 'S' },
      { department: '', effort: 'S' },
      { department: '  ', effort: 'M' },
      { department: 'Risk', effort: 'L' },
      { department: 'Finance', effort: 'S' },
    ]);
    expect(departmentSpread(list)).toEqual([
      { department: 'Risk', label: 'Risk', count: 1, effort: 4 },
      { department: 'Sales', label: 'Sales', count: 2, effort: 3 },
      { department: '', label: 'No department', count: 2, effort: 3 },
      { department: 'Finance', label: 'Finance', count: 1, effort: 1 },
    ]);
  });

  it('is empty for no candidate', () => {
    expect(departmentSpread([])).toEqual([]);
  });
});

describe('properties of portfolioBalance', () => {
  it('adds up: every group splits into sides, the phases and backlog into the whole', () => {
    fc.assert(
      fc.property(arbRoadmapDocument(), (doc) => {
        const balance = portfolioBalance(doc.candidates, doc.phases, doc.workshop.settings);
        const band = doc.workshop.settings.balanceBand;
        const groups = [balance.all, balance.roadmap, balance.backlog, ...balance.phases];
        for (const group of groups) {
          for (const d of group.dimensions) {
            expect(d.a.count + d.b.count + d.unset.count).toBe(group.count);
            expect(d.a.effort + d.b.effort + d.unset.effort).toBe(group.effort);
            for (const share of [d.shareByCount, d.shareByEffort]) {
              if (share !== null) {
                expect(share).toBeGreaterThanOrEqual(0);
                expect(share).toBeLessThanOrEqual(100);
              }
            }
            const isOutside = (s: number | null) => s !== null && (s < band.min || s > band.max);
            expect(d.isOutOfBand).toBe(isOutside(d.shareByCount) || isOutside(d.shareByEffort));
            expect(d.advice !== null).toBe(d.isOutOfBand);
          }
        }
        const sum = (gs: BalanceGroup[]) => gs.reduce((s, g) => s + g.effort, 0);
        expect(balance.all.count).toBe(doc.candidates.length);
        expect(balance.roadmap.count + balance.backlog.count).toBe(balance.all.count);
        expect(sum(balance.phases)).toBe(balance.roadmap.effort);
        expect(sum([balance.roadmap, balance.backlog])).toBe(balance.all.effort);
        const spread = departmentSpread(doc.candidates);
        expect(spread.reduce((s, d) => s + d.effort, 0)).toBe(balance.all.effort);
      }),
    );
  });
});
