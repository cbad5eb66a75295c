import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkshopDocument } from '../../../shared/domain/document.ts';
import { BallotRefusedError, castBallot, startRound } from '../../../shared/domain/room-edits.ts';
import type { BallotDot } from '../../../shared/records/ballot.ts';
import type { Round } from '../../../shared/records/round.ts';
import {
  ballotProblem,
  compareRounds,
  dotsLeft,
  roundUnderWay,
  tally,
  voteCounts,
  votersOf,
} from '../../../shared/room/voting.ts';
import { aDocument, applied, arbBallot, testEnv } from '../../fixtures/builders.ts';
import { MemoryReplica } from '../../fixtures/replicas.ts';

function workshop(): { doc: WorkshopDocument; round: Round; env: ReturnType<typeof testEnv> } {
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
  return { doc, round: doc.rounds[0]!, env };
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

describe('casting a ballot', () => {
  it('casts a ballot again after it was taken back: undone, it comes back with the new dots', () => {
    const { doc, round, env } = workshop();
    const laptop = new MemoryReplica('A');
    laptop.apply({
      create: {
        workshops: [doc.workshop],
        phases: doc.phases,
        candidates: doc.candidates,
        rounds: [round],
      },
    });
    const cast = (count: number) =>
      laptop.apply(
        castBallot(
          laptop.doc(doc.workshop.id),
          round,
          'p1',
          { dots: [{ candidateId: 'c1', count }] },
          env,
        ),
      );
    laptop.apply(cast(1));
    expect(laptop.doc(doc.workshop.id).ballots).toEqual([]);
    cast(2);
    expect(laptop.doc(doc.workshop.id).ballots.map((b) => b.dots)).toEqual([
      [{ candidateId: 'c1', count: 2 }],
    ]);
  });

  it('refuses a participant’s dots over N, over M on one candidate, or off the round', () => {
    const { doc, round } = workshop();
    const env = testEnv();
    const cast = (dots: BallotDot[]) => () => castBallot(doc, round, 'p1', { dots }, env);
    expect(cast([{ candidateId: 'c1', count: 3 }])).toThrow(
      new BallotRefusedError('At most 2 dots may go to one candidate.'),
    );
    // Split into two entries, the three dots on one candidate are still over M.
    expect(
      cast([
        { candidateId: 'c1', count: 2 },
        { candidateId: 'c1', count: 1 },
      ]),
    ).toThrow(BallotRefusedError);
    expect(
      cast([
        { candidateId: 'c1', count: 2 },
        { candidateId: 'c2', count: 2 },
      ]),
    ).toThrow(new BallotRefusedError('That is 4 dots; each person has 3.'));
    expect(cast([{ candidateId: 'gone', count: 1 }])).toThrow(BallotRefusedError);
    // The counts from the wall are the room's, not one person's: no limits.
    const wall = castBallot(doc, round, null, { dots: [{ candidateId: 'c1', count: 40 }] }, env);
    expect(applied(doc, wall).ballots[0]?.dots).toEqual([{ candidateId: 'c1', count: 40 }]);
  });

  it('stores a ballot only within N dots and M per candidate, whatever a voter tries (property)', () => {
    const { doc, round } = workshop();
    const attempt = fc.array(
      fc.record({
        candidateId: fc.constantFrom('c1', 'c2', 'c3', 'gone'),
        count: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(attempt, fc.constantFrom('p1', 'p2', 'p3'), (raw, voter) => {
        // What the voter tried, added up per candidate independently of the code under test.
        const tried = new Map<string, number>();
        for (const d of raw) tried.set(d.candidateId, (tried.get(d.candidateId) ?? 0) + d.count);
        const total = [...tried.values()].reduce((s, n) => s + n, 0);
        const isWithin =
          !tried.has('gone') &&
          total <= round.dotsPerParticipant &&
          [...tried.values()].every((n) => n <= round.maxPerCandidate);
        let after: WorkshopDocument | null = null;
        try {
          after = applied(doc, castBallot(doc, round, voter, { dots: raw }, testEnv()));
        } catch (error) {
          expect(error).toBeInstanceOf(BallotRefusedError);
        }
        expect(after !== null).toBe(isWithin);
        if (after === null) return;
        const stored = after.ballots.find((b) => b.participantId === voter);
        expect(new Map(stored?.dots.map((d) => [d.candidateId, d.count]))).toEqual(tried);
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
    const { doc, round, env } = workshop();
    // Another round on the same candidates: its ballots must not count in this one.
    const withOther = applied(
      doc,
      startRound(
        doc.workshop.id,
        {
          name: 'Other',
          kind: 'dots',
          mode: 'tally',
          candidateIds: ['c1', 'c2', 'c3'],
          criteria: [],
          dotsPerParticipant: 3,
          maxPerCandidate: 2,
        },
        env,
      ),
    );
    const other = withOther.rounds.find((r) => r.name === 'Other')!;
    const voters = [null, 'p1', 'p2', 'p3'];
    fc.assert(
      fc.property(
        fc.tuple(...voters.map((v) => fc.option(arbBallot(round, v), { nil: null }))),
        fc.option(arbBallot(other, null), { nil: null }),
        (ballots, foreign) => {
          const cast = ballots.filter((b) => b !== null);
          const all = foreign === null ? cast : [...cast, foreign];
          const result = tally({ ...withOther, ballots: all }, round);
          // Every candidate of the round once, with every dot given to it in this round.
          const expected = new Map(round.candidateIds.map((id) => [id, 0]));
          for (const b of all) {
            if (b.roundId !== round.id) continue;
            for (const d of b.dots)
              expected.set(d.candidateId, expected.get(d.candidateId)! + d.count);
          }
          expect(result).toHaveLength(round.candidateIds.length);
          expect(new Map(result.map((r) => [r.candidate.id, r.dots]))).toEqual(expected);
          for (const b of cast.filter((x) => x.participantId !== null)) {
            expect(ballotProblem(round, b.dots)).toBeNull();
          }
        },
      ),
    );
  });
});

describe('the round under way, for the projector', () => {
  it('is the latest unrevealed round passed from person to person, never a tally round', () => {
    const { doc, round, env } = workshop();
    expect(roundUnderWay(doc)?.id).toBe(round.id);
    const fields = {
      kind: 'dots' as const,
      candidateIds: ['c1'],
      criteria: [],
      dotsPerParticipant: 3,
      maxPerCandidate: 2,
    };
    // Counted off the wall: nobody "has voted" on the laptop.
    const withWall = applied(
      doc,
      startRound(doc.workshop.id, { ...fields, name: 'Wall', mode: 'tally' }, env),
    );
    expect(roundUnderWay(withWall)?.name).toBe('Dots');
    const withLater = applied(
      withWall,
      startRound(doc.workshop.id, { ...fields, name: 'Later', mode: 'secret' }, env),
    );
    expect(roundUnderWay(withLater)?.name).toBe('Later');
    const later = withLater.rounds.find((r) => r.name === 'Later')!;
    const revealed = {
      ...withLater,
      rounds: withLater.rounds.map((r) =>
        r.id === later.id ? { ...r, revealedAt: '2026-01-01T10:00:00.000Z' } : r,
      ),
    };
    expect(roundUnderWay(revealed)?.name).toBe('Dots');
    expect(roundUnderWay({ ...doc, rounds: [] })).toBeNull();
  });
});

describe('two rounds compared', () => {
  it('lists every candidate on either ballot with both rounds’ dots and the change, once both are out', () => {
    const { doc, round, env } = workshop();
    // The morning's round (c1, c2, c3), then an afternoon's on c2, c3 only.
    let after = applied(
      doc,
      startRound(
        doc.workshop.id,
        {
          name: 'Afternoon',
          kind: 'dots',
          mode: 'tally',
          candidateIds: ['c2', 'c3'],
          criteria: [],
          dotsPerParticipant: 3,
          maxPerCandidate: 2,
        },
        env,
      ),
    );
    const afternoon = after.rounds.find((r) => r.name === 'Afternoon')!;
    const votes = [
      castBallot(after, round, 'p1', { dots: [{ candidateId: 'c1', count: 2 }] }, env),
      castBallot(after, round, 'p2', { dots: [{ candidateId: 'c2', count: 1 }] }, env),
      castBallot(
        after,
        afternoon,
        null,
        {
          dots: [
            { candidateId: 'c2', count: 4 },
            { candidateId: 'c3', count: 1 },
          ],
        },
        env,
      ),
    ];
    for (const v of votes) after = applied(after, v);
    // Neither round is out yet: nothing to compare.
    expect(compareRounds(after, round, afternoon)).toBeNull();
    const out = (r: Round, at: string) => ({ ...r, revealedAt: at });
    const morningOut = out(round, '2026-01-01T10:00:00.000Z');
    expect(compareRounds(after, morningOut, afternoon)).toBeNull();
    const afternoonOut = out(afternoon, '2026-01-01T15:00:00.000Z');
    const rows = compareRounds(after, morningOut, afternoonOut);
    expect(rows?.map((r) => [r.candidate.title, r.before, r.after, r.change])).toEqual([
      ['Fraud detection', 1, 4, 3],
      ['Lead scoring', 0, 1, 1],
      ['Chatbot', 2, null, null],
    ]);
    // The other way round, the change is the opposite.
    expect(
      compareRounds(after, afternoonOut, morningOut)?.map((r) => [r.candidate.title, r.change]),
    ).toEqual([
      ['Chatbot', null],
      ['Fraud detection', -3],
      ['Lead scoring', -1],
    ]);
  });
});
