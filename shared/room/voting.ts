/**
 * Dot voting (PRODUCT.md, "Facilitation"): the one rule for what a ballot may hold and for the
 * tally, which the voting screens, the matrix cards' vote counts and the deck all call.
 *
 * A participant has N dots (the round's `dotsPerParticipant`) and may give one candidate at most M
 * (`maxPerCandidate`), only to the round's candidates. The room's tally (the counts typed from
 * the wall, `participantId` null) has no such limits. The tally of a round is the sum, per
 * candidate, of every ballot of the round; nothing is shown of it before the round is revealed.
 */
import type { WorkshopDocument } from '../domain/document.ts';
import type { Ballot, BallotDot } from '../records/ballot.ts';
import type { Candidate } from '../records/candidate.ts';
import type { Participant } from '../records/participant.ts';
import type { Round } from '../records/round.ts';
import { compareText } from '../roadmap/common.ts';

/**
 * Why a set of dots cannot be a participant's ballot in the round; null when it can. Dots listed
 * twice for one candidate count together, so splitting them cannot pass M.
 */
export function ballotProblem(round: Round, dots: readonly BallotDot[]): string | null {
  const onBallot = new Set(round.candidateIds);
  const stray = dots.find((d) => !onBallot.has(d.candidateId));
  if (stray !== undefined) return 'A dot is on a candidate that is not in this round.';
  const perCandidate = new Map<string, number>();
  for (const d of dots)
    perCandidate.set(d.candidateId, (perCandidate.get(d.candidateId) ?? 0) + d.count);
  const most = Math.max(0, ...perCandidate.values());
  if (most > round.maxPerCandidate) {
    return `At most ${round.maxPerCandidate} ${round.maxPerCandidate === 1 ? 'dot' : 'dots'} may go to one candidate.`;
  }
  const used = dots.reduce((sum, d) => sum + d.count, 0);
  if (used > round.dotsPerParticipant) {
    return `That is ${used} dots; each person has ${round.dotsPerParticipant}.`;
  }
  return null;
}

/** The dots left to a voter who has placed `dots`. */
export function dotsLeft(round: Round, dots: readonly BallotDot[]): number {
  return round.dotsPerParticipant - dots.reduce((sum, d) => sum + d.count, 0);
}

/** The ballots of a round. */
export function ballotsOf(doc: WorkshopDocument, round: Round): Ballot[] {
  return doc.ballots.filter((b) => b.roundId === round.id);
}

/** The participants who have cast their ballot in a round: "7 of 12 have voted". */
export function votersOf(doc: WorkshopDocument, round: Round): Participant[] {
  const voted = new Set(ballotsOf(doc, round).map((b) => b.participantId));
  return doc.participants.filter((p) => voted.has(p.id));
}

/**
 * The round the room is voting in on this laptop, for the projector's "7 of 12 have voted": the
 * latest started round whose ballots go from person to person (a secret dot vote or a blind
 * scoring round) and is not yet revealed; null when there is none. What it shows of the round is
 * who has voted, never what.
 */
export function roundUnderWay(doc: WorkshopDocument): Round | null {
  const open = doc.rounds
    .filter((r) => r.revealedAt === null && (r.mode === 'secret' || r.kind === 'scores'))
    .sort((a, b) => compareText(b.createdAt, a.createdAt) || compareText(b.id, a.id));
  return open[0] ?? null;
}

export interface TallyRow {
  candidate: Candidate;
  dots: number;
  /** 1-based; candidates with the same dots share a rank. */
  rank: number;
}

/**
 * The result of a round: every candidate on its ballot with the dots of every ballot added up,
 * most first (ties by title, then id; tied candidates share a rank). Candidates deleted since the
 * round began are left out.
 */
export function tally(doc: WorkshopDocument, round: Round): TallyRow[] {
  const counts = new Map<string, number>(round.candidateIds.map((id) => [id, 0]));
  for (const ballot of ballotsOf(doc, round)) {
    for (const d of ballot.dots) {
      if (counts.has(d.candidateId))
        counts.set(d.candidateId, (counts.get(d.candidateId) ?? 0) + d.count);
    }
  }
  const rows = doc.candidates
    .filter((c) => counts.has(c.id))
    .map((candidate) => ({ candidate, dots: counts.get(candidate.id) ?? 0, rank: 0 }))
    .sort(
      (a, b) =>
        b.dots - a.dots ||
        compareText(a.candidate.title, b.candidate.title) ||
        compareText(a.candidate.id, b.candidate.id),
    );
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    row.rank = before !== undefined && before.dots === row.dots ? before.rank : i + 1;
  });
  return rows;
}

/**
 * The vote count a matrix card shows: the dots of the latest revealed dot-voting round that has
 * the candidate on its ballot; null when no revealed round does.
 */
export function voteCounts(
  doc: WorkshopDocument,
): ReadonlyMap<string, { dots: number; round: Round }> {
  const out = new Map<string, { dots: number; round: Round }>();
  // Oldest first, so the latest round's count is the one kept.
  for (const round of revealedDotRounds(doc).reverse()) {
    for (const row of tally(doc, round)) out.set(row.candidate.id, { dots: row.dots, round });
  }
  return out;
}

/** The dot-voting rounds whose result is out, latest revealed first: the ones a room may compare. */
export function revealedDotRounds(doc: WorkshopDocument): Round[] {
  return doc.rounds
    .filter((r) => r.kind === 'dots' && r.revealedAt !== null)
    .sort((a, b) => compareText(b.revealedAt ?? '', a.revealedAt ?? '') || compareText(b.id, a.id));
}

export interface RoundComparisonRow {
  candidate: Candidate;
  /** Its dots in the first round; null when it was not on that round's ballot. */
  before: number | null;
  /** Its dots in the second round; null when it was not on that round's ballot. */
  after: number | null;
  /** after − before; null unless it was on both ballots. */
  change: number | null;
}

/**
 * Two revealed rounds side by side ("Rounds are kept, so two rounds can be compared"): every
 * candidate on either ballot, with each round's dots and the change from the first to the second,
 * ordered by the second round's dots (then the first's, title, id); candidates deleted since are
 * left out. Null unless both are revealed dot-voting rounds: a round still secret shows nothing.
 */
export function compareRounds(
  doc: WorkshopDocument,
  first: Round,
  second: Round,
): RoundComparisonRow[] | null {
  const isOut = (r: Round) => r.kind === 'dots' && r.revealedAt !== null;
  if (!isOut(first) || !isOut(second)) return null;
  const dotsIn = (round: Round) =>
    new Map(tally(doc, round).map((row) => [row.candidate.id, row.dots]));
  const a = dotsIn(first);
  const b = dotsIn(second);
  const rank = (n: number | null) => (n === null ? -1 : n);
  return doc.candidates
    .filter((c) => a.has(c.id) || b.has(c.id))
    .map((candidate) => {
      const before = a.get(candidate.id) ?? null;
      const after = b.get(candidate.id) ?? null;
      const change = before === null || after === null ? null : after - before;
      return { candidate, before, after, change };
    })
    .sort(
      (x, y) =>
        rank(y.after) - rank(x.after) ||
        rank(y.before) - rank(x.before) ||
        compareText(x.candidate.title, y.candidate.title) ||
        compareText(x.candidate.id, y.candidate.id),
    );
}
