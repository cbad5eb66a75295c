import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptMedians, castBallot, startRound } from '../../../shared/domain/room-edits.ts';
import { adoptedScore, agreementOf, median, scoreSpreads } from '../../../shared/room/blind.ts';
import { aDocument, applied, testEnv } from '../../fixtures/builders.ts';

describe('median and agreement', () => {
  it('take the middle score, or the mean of the middle two', () => {
    expect(median([4])).toBe(4);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([2, 4, 3, 5])).toBe(3.5);
    expect(adoptedScore(3.5)).toBe(4);
    expect(adoptedScore(2.5)).toBe(3);
    expect(adoptedScore(2)).toBe(2);
  });

  it('read agreement off the range: 0-1 agreed, 2 mixed, 3 or more contested', () => {
    expect(agreementOf(3, 3)).toBe('agreed');
    expect(agreementOf(3, 4)).toBe('agreed');
    expect(agreementOf(2, 4)).toBe('mixed');
    expect(agreementOf(1, 4)).toBe('contested');
    expect(agreementOf(1, 5)).toBe('contested');
  });

  it('the median lies between min and max, and the adopted score is a whole score (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }),
        (xs) => {
          const m = median(xs);
          expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(m).toBeLessThanOrEqual(Math.max(...xs));
          expect([1, 2, 3, 4, 5]).toContain(adoptedScore(m));
          expect(median([...xs].reverse())).toBe(m);
        },
      ),
    );
  });
});

describe('a blind scoring round', () => {
  it('lists the contested items first, and adopting the medians writes them and logs it as one change', () => {
    const env = testEnv();
    const base = aDocument(
      {
        candidates: [
          { id: 'c1', title: 'Chatbot', valueScores: { financialImpact: 2 } },
          { id: 'c2', title: 'Fraud detection' },
        ],
      },
      env,
    );
    let doc = applied(
      base,
      startRound(
        base.workshop.id,
        {
          name: 'Blind',
          kind: 'scores',
          mode: 'tally',
          candidateIds: ['c1', 'c2'],
          criteria: ['financialImpact', 'dataReadiness'],
          dotsPerParticipant: 1,
          maxPerCandidate: 1,
        },
        env,
      ),
    );
    const round = doc.rounds[0]!;
    expect(round.mode).toBe('secret');
    const votes: Array<[string, number, number, number]> = [
      // participant, c1 financial impact, c1 data readiness, c2 financial impact
      ['p1', 5, 3, 4],
      ['p2', 1, 3, 4],
      ['p3', 4, 4, 2],
    ];
    for (const [p, a, b, c] of votes) {
      doc = applied(
        doc,
        castBallot(
          doc,
          round,
          p,
          {
            scores: [
              { candidateId: 'c1', criterion: 'financialImpact', score: a },
              { candidateId: 'c1', criterion: 'dataReadiness', score: b },
              { candidateId: 'c2', criterion: 'financialImpact', score: c },
            ],
          },
          env,
        ),
      );
    }
    const spreads = scoreSpreads(doc, round);
    expect(
      spreads.map((s) => [s.candidate.title, s.criterion, s.min, s.max, s.median, s.agreement]),
    ).toEqual([
      ['Chatbot', 'financialImpact', 1, 5, 4, 'contested'],
      ['Fraud detection', 'financialImpact', 2, 4, 4, 'mixed'],
      ['Chatbot', 'dataReadiness', 3, 4, 3, 'agreed'],
    ]);
    const change = adoptMedians(doc, round, env);
    const after = applied(doc, change);
    expect(after.candidates[0]?.valueScores.financialImpact).toBe(4);
    expect(after.candidates[0]?.feasibilityScores.dataReadiness).toBe(3);
    expect(after.candidates[1]?.valueScores.financialImpact).toBe(4);
    expect(after.decisions.map((d) => d.what)).toEqual([
      'Adopted the medians of “Blind” (3 scores)',
    ]);
  });
});
