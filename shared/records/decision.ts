import { z } from 'zod';
import { idSchema, isoDateTimeSchema, recordBaseSchema, text } from './base.ts';

/**
 * One entry of the decision log: what the room decided ("Moved “Chatbot” to Quick wins"), when,
 * about which candidates, and — if someone said it — why, in one line.
 */
export const decisionSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  at: isoDateTimeSchema,
  what: text(300).trim().min(1, 'a decision says nothing'),
  why: text(300),
  /** The candidates it is about (a set). */
  candidateIds: z.array(idSchema).max(500),
});
export type Decision = z.infer<typeof decisionSchema>;
