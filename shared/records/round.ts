import { z } from 'zod';
import { CRITERIA_KEYS } from '../domain/criteria.ts';
import { idSchema, isoDateTimeSchema, recordBaseSchema, text } from './base.ts';

/**
 * A round the room runs (PRODUCT.md, "Facilitation"): dot voting on some candidates, or blind
 * scoring of some candidates on some criteria. Each participant's votes or scores are a ballot
 * (records/ballot.ts); until the facilitator reveals the round, no screen shows anyone's ballot or
 * a running tally.
 */
export const ROUND_KINDS = ['dots', 'scores'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/**
 * How a dot-voting round collects votes: `tally`, the room puts sticky dots on the wall and the
 * facilitator types the counts; `secret`, the laptop goes from person to person.
 */
export const ROUND_MODES = ['tally', 'secret'] as const;
export type RoundMode = (typeof ROUND_MODES)[number];

export const MAX_ROUND_CANDIDATES = 500;
export const MAX_DOTS = 50;

export const roundSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(120).trim().min(1, 'a round has no name'),
  kind: z.enum(ROUND_KINDS),
  mode: z.enum(ROUND_MODES),
  /** The candidates on the ballot (a set). */
  candidateIds: z.array(idSchema).max(MAX_ROUND_CANDIDATES),
  /** The criteria scored, for a scoring round (a set). */
  criteria: z.array(z.enum(CRITERIA_KEYS)).max(CRITERIA_KEYS.length),
  /** Dots each participant has (N). */
  dotsPerParticipant: z.number().int().min(1).max(MAX_DOTS),
  /** Dots one participant may give one candidate (M). */
  maxPerCandidate: z.number().int().min(1).max(MAX_DOTS),
  /** When the facilitator revealed it; null while ballots are still secret. */
  revealedAt: isoDateTimeSchema.nullable(),
});
export type Round = z.infer<typeof roundSchema>;
