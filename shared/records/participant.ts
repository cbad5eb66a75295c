import { idSchema, recordBaseSchema, text } from './base.ts';
import type { z } from 'zod';

/** A person in the room: who votes and scores in the rounds (records/round.ts). */
export const participantSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(80).trim().min(1, 'a participant has no name'),
  role: text(80),
  department: text(120),
});
export type Participant = z.infer<typeof participantSchema>;
