import { z } from 'zod';
import { candidateSchema } from './candidate.ts';
import { capabilitySchema } from './capability.ts';
import { componentSchema } from './component.ts';
import { idSchema, isoDateTimeSchema, recordBaseSchema, text } from './base.ts';
import { phaseSchema } from './phase.ts';
import { workshopSchema } from './workshop.ts';

/**
 * A named snapshot of a workshop ("before lunch"): its records as they were, frozen, to compare
 * with later and to go back to. The state is one unit: it is taken whole and never edited.
 */
export const MAX_SNAPSHOTS = 50;

export const snapshotStateSchema = z
  .object({
    workshop: workshopSchema,
    phases: z.array(phaseSchema).max(100),
    candidates: z.array(candidateSchema).max(10_000),
    components: z.array(componentSchema).max(2_000),
    capabilities: z.array(capabilitySchema).max(500),
  })
  .refine(
    (s) =>
      [...s.phases, ...s.candidates, ...s.components, ...s.capabilities].every(
        (r) => r.workshopId === s.workshop.id,
      ),
    'a snapshot holds records of another workshop',
  );
export type SnapshotState = z.infer<typeof snapshotStateSchema>;

export const snapshotSchema = recordBaseSchema.extend({
  workshopId: idSchema,
  name: text(120).trim().min(1, 'a snapshot has no name'),
  takenAt: isoDateTimeSchema,
  state: snapshotStateSchema,
});
export type Snapshot = z.infer<typeof snapshotSchema>;
