import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { castBallot, startRound } from '../../../shared/domain/room-edits.ts';
import type { BallotDot } from '../../../shared/records/ballot.ts';
import type { Round } from '../../../shared/records/round.ts';
import {
  ballotProblem,
  dotsLeft,
  tally,
  voteCounts,
  votersOf,
} from '../../../shared/room/voting.ts';
import { aDocument, applied, arbBallot, testEnv } from '../../fixtures/builders.ts';

function workshop(): { doc: WorkshopDocument; round: Round } {
  const env = testEnv();
  const base = aDocument(
    {
      candidates: [
        { id: 'c1', title: 'Chatbot' },
        { id: 'c2', title: 'Fraud detection' },
        { id: 'c3', title: 'Lead scoring' },
      ],
    },
    env,
  );
  const withPeople = {
    ...base,
    participants: ['Ada', 'Bo', 'Cy'].map((name, i) => ({
      id: `p${i + 1}`,
      createdAt: base.workshop.createdAt,
      updatedAt: base.workshop.createdAt,
      workshopId: base.workshop.id,
      name,
      role: '',
      department: '',
    })),
  };
  const doc = applied(
    withPeople,
    startRound(
      base.workshop.id,
      {
        name: 'Dots',
        kind: 'dots',
        mode: 'secret',
        candidateIds: ['c1', 'c2', 'c3'],
        criteria: [],
        dotsPerParticipant: 3,
        maxPerCandidate: 2,
      },
      env,
    ),
  );
  return { doc, round: doc.rounds[0]! };
}

describe('a ballot', () => {
  it('may use at most N dots, at most M on one candidate, only on the round’s candidates', () => {
    const { round } = workshop();
    expect(
      ballotProblem(round, [
        { candidateId: 'c1', count: 2 },
        { candidateId: 'c2', count: 1 },
      ]),
    ).toBeNull();
    expect(ballotProblem(round, [{ candidateId: 'c1', count: 3 }])).toBe(
      'At most 2 dots may go to one candidate.',
    );
    expect(
      ballotProblem(round, [
        { candidateId: 'c1', count: 2 },
        { candidateId: 'c2', count: 2 },
      ]),
    ).toBe('That is 4 dots; each person has 3.');
    expect(ballotProblem(round, [{ candidateId: 'gone', count: 1 }])).toBe(
      'A dot is on a candidate that is not in this round.',
    );
    expect(dotsLeft(round, [{ candidateId: 'c1', count: 2 }])).toBe(1);
  });

  it('never exceeds N dots or M per candidate, whatever a voter tries (property)', () => {
    const { round } = workshop();
    const attempt = fc.array(
      fc.record({
        candidateId: fc.constantFrom('c1', 'c2', 'c3'),
        count: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(attempt, (raw) => {
        const merged = new Map<string, number>();
        for (const d of raw) merged.set(d.candidateId, (merged.get(d.candidateId) ?? 0) + d.count);
        const dots: BallotDot[] = [...merged].map(([candidateId, count]) => ({
          candidateId,
          count,
        }));
        const isAccepted = ballotProblem(round, dots) === null;
        const total = dots.reduce((s, d) => s + d.count, 0);
        const most = Math.max(0, ...dots.map((d) => d.count));
        expect(isAccepted).toBe(total <= round.dotsPerParticipant && most <= round.maxPerCandidate);
      }),
    );
  });
});

describe('the tally', () => {
  it('adds up every ballot of the round, the room’s counts too, most first with shared ranks', () => {
    const { doc, round } = workshop();
    const env = testEnv();
    let after = applied(
      doc,
      castBallot(
        doc,
        round,
        'p1',
        {
          dots: [
            { candidateId: 'c1', count: 2 },
            { candidateId: 'c2', count: 1 },
          ],
        },
        env,
      ),
    );
    after = applied(
      after,
      castBallot(
        after,
        round,
        'p2',
        {
          dots: [
            { candidateId: 'c2', count: 2 },
            { candidateId: 'c3', count: 1 },
          ],
        },
        env,
      ),
    );
    expect(votersOf(after, round).map((p) => p.name)).toEqual(['Ada', 'Bo']);
    expect(tally(after, round).map((r) => [r.candidate.title, r.dots, r.rank])).toEqual([
      ['Fraud detection', 3, 1],
      ['Chatbot', 2, 2],
      ['Lead scoring', 1, 3],
    ]);
    // A second ballot of the same person replaces the first.
    after = applied(
      after,
      castBallot(after, round, 'p1', { dots: [{ candidateId: 'c3', count: 1 }] }, env),
    );
    expect(after.ballots).toHaveLength(2);
    expect(tally(after, round).map((r) => [r.candidate.title, r.dots, r.rank])).toEqual([
      ['Fraud detection', 2, 1],
      ['Lead scoring', 2, 1],
      ['Chatbot', 0, 3],
    ]);
    // Nothing shows on the cards until the round is revealed.
    expect(voteCounts(after).size).toBe(0);
    const revealed = { ...after, rounds: [{ ...round, revealedAt: '2026-01-01T10:00:00.000Z' }] };
    expect(voteCounts(revealed).get('c2')?.dots).toBe(2);
  });

  it('equals the sum of the ballots (property)', () => {
    const { doc, round } = workshop();
    const voters = [null, 'p1', 'p2', 'p3'];
    fc.assert(
      fc.property(
        fc.tuple(...voters.map((v) => fc.option(arbBallot(round, v), { nil: null }))),
        (ballots) => {
          const cast = ballots.filter((b) => b !== null);
          const result = tally({ ...doc, ballots: cast }, round);
          for (const row of result) {
            const sum = cast.reduce(
              (n, b) => n + (b.dots.find((d) => d.candidateId === row.candidate.id)?.count ?? 0),
              0,
            );
            expect(row.dots).toBe(sum);
          }
          for (const b of cast.filter((x) => x.participantId !== null)) {
            expect(ballotProblem(round, b.dots)).toBeNull();
          }
        },
      ),
    );
  });
});
