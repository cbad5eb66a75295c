import { z } from 'zod';
import { CRITERIA_KEYS } from '../domain/criteria.ts';
import { hash128 } from '../domain/hash.ts';
import { idSchema, recordBaseSchema } from './base.ts';
import { MAX_DOTS, MAX_ROUND_CANDIDATES } from './round.ts';

/**
 * One participant's ballot in a round: the dots they gave candidates (a dot-voting round), or the
 * scores they gave candidates on criteria (a blind scoring round). `participantId` is null for the
 * room's tally, the counts the facilitator types from the wall. Each ballot is written whole, when
 * the voter is done; it is one record per participant and round, with an id every laptop derives
 * alike (ballotId), so two laptops that took the same person's ballot hold one record, and a merge
 * asks which to keep rather than counting it twice.
 *
 * Votes are lists, not objects keyed by candidate id: an id is any text a file may carry
 * ("constructor" included), and an object key of that name is what the file pre-check refuses.
 */
const dotSchema = z.object({
  candidateId: idSchema,
  count: z
    .number()
    .int()
    .min(1)
    .max(MAX_DOTS * 1_000),
});
const ballotScoreSchema = z.object({
  candidateId: idSchema,
  criterion: z.enum(CRITERIA_KEYS),
  score: z.number().int().min(1).max(5),
});

export const ballotSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  roundId: idSchema,
  participantId: idSchema.nullable(),
  /** Dots per candidate, each candidate once; candidates with none are left out. */
  dots: z
    .array(dotSchema)
    .max(MAX_ROUND_CANDIDATES)
    .refine(
      (dots) => new Set(dots.map((d) => d.candidateId)).size === dots.length,
      'a ballot gives one candidate dots twice',
    ),
  /** Scores per candidate and criterion, each pair once. */
  scores: z
    .array(ballotScoreSchema)
    .max(MAX_ROUND_CANDIDATES * CRITERIA_KEYS.length)
    .refine(
      (scores) =>
        new Set(scores.map((s) => `${s.candidateId}/${s.criterion}`)).size === scores.length,
      'a ballot scores one candidate on one criterion twice',
    ),
});
export type Ballot = z.infer<typeof ballotSchema>;
export type BallotDot = z.infer<typeof dotSchema>;
export type BallotScore = z.infer<typeof ballotScoreSchema>;

/** The id of a participant's ballot in a round (null: the room's tally), the same on every laptop. */
export function ballotId(roundId: string, participantId: string | null): string {
  return `b${hash128(`${roundId}/${participantId ?? '(the room)'}`).toLowerCase()}`;
}
