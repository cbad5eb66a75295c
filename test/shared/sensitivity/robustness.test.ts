import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA_KEYS } from '../../../shared/domain/criteria.ts';
import { QUADRANT_LABELS } from '../../../shared/domain/scoring.ts';
import { roomQuadrant } from '../../../shared/domain/standing.ts';
import type { Candidate } from '../../../shared/records/candidate.ts';
import { MAX_WEIGHT } from '../../../shared/records/workshop.ts';
import { ranksAbove, withWeight } from '../../../shared/sensitivity/crossing.ts';
import { rankCandidates, runGrid } from '../../../shared/sensitivity/grid.ts';
import {
  closeCalls,
  closeCallSentence,
  robustnessBadges,
  scoreNudges,
  thresholdMove,
  thresholdSentence,
  tornado,
  TORNADO_TOP,
} from '../../../shared/sensitivity/robustness.ts';
import { buildSampleWorkshop } from '../../../shared/sample/sample-workshop.ts';
import { aCandidate, aSettings, aSettingsWithWeights, arbScores } from '../../fixtures/builders.ts';

const settings = aSettings();

describe('close calls', () => {
  it('says in a sentence which weight swaps two neighbours, and the weight it names does', () => {
    const feasible = {
      technicalComplexity: 3,
      integrationRequirements: 3,
      userReadiness: 3,
    } as const;
    const churn = aCandidate({
      id: 'churn',
      title: 'Churn prediction',
      valueScores: {
        financialImpact: 4,
        strategicImportance: 4,
        riskMitigation: 3,
        learningValue: 2,
      },
      feasibilityScores: { dataReadiness: 5, ...feasible },
    });
    const lead = aCandidate({
      id: 'lead',
      title: 'Lead scoring',
      valueScores: {
        financialImpact: 4,
        strategicImportance: 2,
        riskMitigation: 3,
        learningValue: 4,
      },
      feasibilityScores: { dataReadiness: 4, ...feasible },
    });
    expect(ranksAbove(churn, lead, settings)).toBe(true);
    const [call] = closeCalls([lead, churn], settings, 10);
    // Strategic importance (Churn's 4 against Lead's 2) down to 9/13 = 0.69, or learning value
    // (2 against 4) up to 15/11 = 1.36, ties them; the smaller change comes first.
    expect(call?.swaps.map((x) => [x.criterion, x.to, x.shown])).toEqual([
      ['strategicImportance', expect.closeTo(9 / 13, 9), 0.6],
      ['learningValue', expect.closeTo(15 / 11, 9), 1.4],
    ]);
    expect(call?.isClose).toBe(false);
    expect(closeCallSentence(call!)).toBe(
      'Lead scoring overtakes Churn prediction if the weight of strategic importance goes from 1 to 0.6.',
    );
    for (const swap of call!.swaps) {
      expect(ranksAbove(churn, lead, withWeight(settings, swap.criterion, swap.shown))).toBe(false);
    }
  });

  it('names, for every pair, a weight that really swaps them, and never “from 0 to 0” (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbScores, { minLength: 2, maxLength: 8 }),
        fc.array(
          fc.integer({ min: 0, max: 4 }).map((h) => h / 2),
          { minLength: 8, maxLength: 8 },
        ),
        (scores, w) => {
          const s = aSettingsWithWeights(w);
          const candidates = scores.map((x, i) =>
            aCandidate({ id: `c${i}`, title: `C${i}`, ...x }),
          );
          const byId = new Map(candidates.map((c) => [c.id, c]));
          for (const call of closeCalls(candidates, s, 10)) {
            const [above, below] = [byId.get(call.aboveId)!, byId.get(call.belowId)!];
            expect(closeCallSentence(call)).not.toMatch(/from 0 to 0( \(left out\))?\.$/);
            for (const swap of call.swaps) {
              const at = withWeight(s, swap.criterion, swap.shown);
              expect(ranksAbove(above, below, at), `${swap.criterion} at ${swap.shown}`).toBe(
                false,
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lists the pairs of neighbours from the top down to the first one below the top N', () => {
    const doc = buildSampleWorkshop();
    const s = doc.workshop.settings;
    const ranked = rankCandidates(doc.candidates, s).map((r) => r.candidate.id);
    const calls = closeCalls(doc.candidates, s, 5);
    expect(calls.map((c) => [c.aboveId, c.belowId])).toEqual(
      ranked.slice(0, 5).map((id, i) => [id, ranked[i + 1]]),
    );
  });
});

describe('badges', () => {
  it('calls a near-tie Fragile and a lead that holds in every scenario Robust, with the rule in words', () => {
    const strong = {
      financialImpact: 5,
      strategicImportance: 5,
      riskMitigation: 5,
      learningValue: 5,
    } as const;
    const ready = {
      dataReadiness: 5,
      technicalComplexity: 1,
      integrationRequirements: 1,
      userReadiness: 5,
    } as const;
    const leader = aCandidate({
      id: 'a',
      title: 'Leader',
      valueScores: strong,
      feasibilityScores: ready,
    });
    // Equal but for one point moved between two criteria: any small change of either weight swaps them.
    const even = { financialImpact: 3, strategicImportance: 3 } as const;
    const x = aCandidate({
      id: 'b',
      title: 'Twin one',
      valueScores: { ...even, riskMitigation: 3, learningValue: 4 },
      feasibilityScores: { dataReadiness: 3 },
    });
    const y = aCandidate({
      id: 'c',
      title: 'Twin two',
      valueScores: { ...even, riskMitigation: 4, learningValue: 3 },
      feasibilityScores: { dataReadiness: 3 },
    });
    const candidates = [leader, x, y];
    const badges = robustnessBadges(candidates, settings, 2, runGrid(candidates, settings, 2));
    expect(badges.get('a')?.robustness).toBe('robust');
    expect(badges.get('a')?.reason).toBe('In the top 2 in every scenario; ranks 1 to 1.');
    expect(badges.get('b')?.robustness).toBe('fragile');
    expect(badges.get('c')?.robustness).toBe('fragile');
  });

  it('gives each candidate the same badge whatever the order of the candidates', () => {
    fc.assert(
      fc.property(
        fc.array(arbScores, { minLength: 2, maxLength: 10 }),
        fc.array(fc.constantFrom('Alpha', 'Beta'), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (scores, titles, topN, seed) => {
          const candidates = scores.map((s, i) =>
            aCandidate({ id: `c${i}`, title: titles[i] ?? 'Alpha', ...s }),
          );
          const shuffled = [...candidates]
            .sort(
              (a, b) =>
                ((a.id.length * 31 + Number(a.id.slice(1)) * seed) % 7) -
                ((b.id.length * 31 + Number(b.id.slice(1)) * seed) % 7),
            )
            .reverse();
          const of = (list: Candidate[]) =>
            robustnessBadges(
              list,
              settings,
              topN,
              runGrid(list, settings, topN, [0, 40, 6_560, 19_682]),
            );
          expect(new Map([...of(shuffled)].sort())).toEqual(new Map([...of(candidates)].sort()));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('score nudges', () => {
  it('gives the rank that one point on one score really gives', () => {
    const doc = buildSampleWorkshop();
    const s = doc.workshop.settings;
    for (const nudge of scoreNudges(doc.candidates, s, 5)) {
      const moved = doc.candidates.map((c) =>
        c.id !== nudge.candidateId
          ? c
          : CRITERIA_KEYS.indexOf(nudge.criterion) < 4
            ? { ...c, valueScores: { ...c.valueScores, [nudge.criterion]: nudge.to } }
            : { ...c, feasibilityScores: { ...c.feasibilityScores, [nudge.criterion]: nudge.to } },
      );
      const rank =
        rankCandidates(moved, s).findIndex((r) => r.candidate.id === nudge.candidateId) + 1;
      expect(rank, `${nudge.candidateId} ${nudge.criterion} ${nudge.to}`).toBe(nudge.rank);
    }
  });
});

describe('the tornado', () => {
  it('keeps the same five in the top five inside each range, and not just past its ends', () => {
    const doc = buildSampleWorkshop();
    const s = doc.workshop.settings;
    const topFive = (x: typeof s) =>
      rankCandidates(doc.candidates, x)
        .slice(0, TORNADO_TOP)
        .map((r) => r.candidate.id)
        .sort();
    const now = topFive(s);
    const bars = tornado(doc.candidates, s);
    expect(bars).toHaveLength(8);
    for (const bar of bars) {
      for (const w of [bar.low + 1e-3, (bar.low + bar.high) / 2, bar.high - 1e-3]) {
        expect(topFive(withWeight(s, bar.criterion, w)), `${bar.criterion} at ${w}`).toEqual(now);
      }
      if (bar.high < MAX_WEIGHT) {
        expect(topFive(withWeight(s, bar.criterion, bar.high + 1e-3))).not.toEqual(now);
      }
      if (bar.low > 0 || bar.isLowOpen) {
        const below = bar.isLowOpen ? 0 : bar.low - 1e-3;
        expect(topFive(withWeight(s, bar.criterion, below))).not.toEqual(now);
      }
    }
  });
});

describe('threshold moves', () => {
  it('names the quadrant a candidate moves to when the threshold passes its spot', () => {
    const doc = buildSampleWorkshop();
    const s = doc.workshop.settings;
    for (const c of doc.candidates) {
      const move = thresholdMove(c, s);
      if (move === null) continue;
      for (const axis of ['value', 'feasibility'] as const) {
        const shift = move[axis];
        if (shift === null) continue;
        const line = shift.isAbove ? shift.at + 0.01 : shift.at;
        const before = shift.isAbove ? shift.at : shift.at + 0.01;
        const at = (t: number) =>
          roomQuadrant(c, { ...s, thresholds: { ...s.thresholds, [axis]: t } });
        expect(at(line)).toBe(shift.to);
        expect(at(before)).toBe(move.quadrant);
      }
      // The sentence names a whole number that, typed, moves the card where it says.
      const sentence = thresholdSentence(move, s);
      const words =
        /^(.+) if the (value|feasibility) threshold (?:rises|falls) to (\d+) \(now/.exec(
          sentence ?? '',
        );
      expect(words, sentence ?? 'no sentence').not.toBeNull();
      const [, quadrant, axis, typed] = words!;
      const moved = roomQuadrant(c, {
        ...s,
        thresholds: { ...s.thresholds, [axis as 'value']: Number(typed) },
      });
      expect(moved === null ? null : QUADRANT_LABELS[moved]).toBe(quadrant);
    }
  });
});
