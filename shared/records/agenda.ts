import { z } from 'zod';
import { idSchema, isoDateTimeSchema, rankSchema, recordBaseSchema, text } from './base.ts';

/**
 * A time-boxed step of the workshop's agenda ("Scoring, 40 minutes"), in order, with when it
 * actually ran: the agenda as run is planned minutes against started → ended.
 */
export const MAX_STEP_MINUTES = 600;

export const agendaStepSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(80).trim().min(1, 'an agenda step has no name'),
  minutes: z.number().int().min(1).max(MAX_STEP_MINUTES),
  /** Its place in the agenda (a fractional index, like a card's in a phase). */
  rank: rankSchema,
  startedAt: isoDateTimeSchema.nullable(),
  endedAt: isoDateTimeSchema.nullable(),
});
export type AgendaStep = z.infer<typeof agendaStepSchema>;

/**
 * The countdown of the step under way: an absolute end time while it runs, so that a reload or a
 * crash loses nothing, or the time left while it is paused. Null when no step is under way.
 */
export const timerSchema = z
  .object({
    stepId: idSchema,
    endsAt: isoDateTimeSchema.nullable(),
    pausedLeftMs: z
      .number()
      .int()
      .min(0)
      .max(MAX_STEP_MINUTES * 60_000 * 10)
      .nullable(),
  })
  .refine(
    (t) => (t.endsAt === null) !== (t.pausedLeftMs === null),
    'a timer is both running and paused',
  )
  .nullable();
export type Timer = z.infer<typeof timerSchema>;

/** The app's flow, which a new agenda starts from (issue 11). */
export const SEED_AGENDA: ReadonlyArray<{ name: string; minutes: number }> = [
  { name: 'Candidates', minutes: 20 },
  { name: 'Scoring', minutes: 40 },
  { name: 'Matrix', minutes: 25 },
  { name: 'Roadmap', minutes: 30 },
  { name: 'Balance', minutes: 15 },
  { name: 'Governance', minutes: 20 },
  { name: 'Deck', minutes: 10 },
];
